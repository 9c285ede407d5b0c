-- DSR-7, RET-4: the answer to a rights request, kept as proof that the right was honoured for the civil limitation
-- period (kept_until = answered_at + 5 years, Civil Code art. 2224): the letter as the DPO wrote it, the files built
-- for it (rights_answer_file) exactly as the person could download them, how it left (MAIL: a message of the outbox
-- carrying a download link, never the files; POST: the DPO posted it, the letter kept as proof; REFUSAL: the reason
-- mailed with the right to complain to the CNIL), and the link: only the SHA-256 of its 256-bit token, its expiry,
-- how many times it was used. One answer per request (the UNIQUE constraint backs the row lock of the request).
CREATE TABLE rights_answer (
    id               UUID          NOT NULL PRIMARY KEY,
    request_id       UUID          NOT NULL UNIQUE REFERENCES rights_request (id) ON DELETE CASCADE,
    method           VARCHAR(10)   NOT NULL,
    letter           VARCHAR(20000) NOT NULL,
    recipient        VARCHAR(254),
    answered_by      VARCHAR(200)  NOT NULL,
    answered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    kept_until       TIMESTAMP WITH TIME ZONE NOT NULL,
    mail_id          UUID,
    token_hash       VARCHAR(64)   UNIQUE,
    link_expires_at  TIMESTAMP WITH TIME ZONE,
    downloads        INT           DEFAULT 0 NOT NULL,
    last_download_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT rights_answer_method_check CHECK (method IN ('MAIL', 'POST', 'REFUSAL')),
    CONSTRAINT rights_answer_link_check CHECK ((method = 'MAIL' AND token_hash IS NOT NULL
        AND link_expires_at IS NOT NULL AND recipient IS NOT NULL) OR (method <> 'MAIL' AND token_hash IS NULL))
);
-- the retention sweep, when it exists: answers past their limitation period
CREATE INDEX rights_answer_kept_idx ON rights_answer (kept_until);

-- The files of an answer, numbered from 1 in the order the page lists them, with their bytes (BYTEA: a binary
-- string on PostgreSQL, BINARY VARYING on H2) and their SHA-256, so that the proof shows what was sent was not changed.
CREATE TABLE rights_answer_file (
    answer_id  UUID          NOT NULL REFERENCES rights_answer (id) ON DELETE CASCADE,
    number     INT           NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    media_type VARCHAR(100)  NOT NULL,
    size_bytes BIGINT        NOT NULL,
    sha256     VARCHAR(64)   NOT NULL,
    content    BYTEA         NOT NULL,
    PRIMARY KEY (answer_id, number)
);
