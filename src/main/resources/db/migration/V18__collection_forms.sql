-- INF-2: collection forms. A form's versions are immutable: a consent names the form and the version it was given
-- on, and the version keeps the exact boxes and texts that were shown. A form is closed, never deleted.
CREATE TABLE collection_form (
    slug            VARCHAR(60)  NOT NULL PRIMARY KEY,
    current_version INT          NOT NULL,
    active          BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(200) NOT NULL
);

CREATE TABLE collection_form_version (
    slug       VARCHAR(60)      NOT NULL REFERENCES collection_form (slug),
    version    INT              NOT NULL,
    definition VARCHAR(200000)  NOT NULL,
    hash       VARCHAR(64)      NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by   VARCHAR(200)     NOT NULL,
    PRIMARY KEY (slug, version)
);

-- One row per submission: which version was shown, which boxes were ticked (and so which were offered and left
-- empty, e.g. the opposition offered at collection that PRO-2's soft opt-in requires), under which notice version.
-- The values typed in go to the person's file, not here.
CREATE TABLE collection_form_submission (
    id             UUID         NOT NULL PRIMARY KEY,
    slug           VARCHAR(60)  NOT NULL,
    version        INT          NOT NULL,
    person_id      UUID         NOT NULL,
    outcome        VARCHAR(10)  NOT NULL,
    ticked         VARCHAR(4000) NOT NULL,
    notice_version INT          NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ip_address     VARCHAR(45)  NOT NULL,
    user_agent     VARCHAR(500),
    source         VARCHAR(200) NOT NULL,
    FOREIGN KEY (slug, version) REFERENCES collection_form_version (slug, version)
);
CREATE INDEX collection_form_submission_form_idx ON collection_form_submission (slug, submitted_at);
CREATE INDEX collection_form_submission_person_idx ON collection_form_submission (person_id);
