-- INF-1: every published version of the privacy notice is kept, in French and English, with a hash of both texts,
-- so that a consent can name the exact version that was in force when it was given.
CREATE TABLE notice_version (
    version      INT                      NOT NULL PRIMARY KEY,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(200)             NOT NULL,
    content_fr   VARCHAR(1000000)         NOT NULL,
    content_en   VARCHAR(1000000)         NOT NULL,
    hash         VARCHAR(64)              NOT NULL
);

-- INF-3: what the legal mentions need beyond the organisation settings. One row, id = 1.
CREATE TABLE notice_site (
    id                   INT          NOT NULL PRIMARY KEY,
    publication_director VARCHAR(200),
    hosting_provider     VARCHAR(500),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(200) NOT NULL,
    CONSTRAINT notice_site_single_row CHECK (id = 1)
);
