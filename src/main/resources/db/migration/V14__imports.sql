-- CON-10: CSV import jobs of the customer file and their per-row error reports.
CREATE TABLE import_job (
    id              UUID          NOT NULL PRIMARY KEY,
    created_by      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- DRAFT (uploaded, waiting for its column mapping), QUEUED, RUNNING, DONE, FAILED
    state           VARCHAR(10)   NOT NULL,
    file_name       VARCHAR(255),
    -- where the data comes from, as the user described it (kept with every imported consent)
    source          VARCHAR(200)  NOT NULL,
    delimiter       VARCHAR(1)    NOT NULL,
    -- the CSV header, one column per line, and the chosen mapping "column index=field", one per line
    header          VARCHAR(8000) NOT NULL,
    mapping         VARCHAR(8000),
    default_type    VARCHAR(20)   NOT NULL,
    default_audience VARCHAR(20)  NOT NULL,
    locale          VARCHAR(10)   NOT NULL,
    rows_read       BIGINT        NOT NULL DEFAULT 0,
    imported        BIGINT        NOT NULL DEFAULT 0,
    refused         BIGINT        NOT NULL DEFAULT 0,
    consents        BIGINT        NOT NULL DEFAULT 0,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    failure         VARCHAR(1000)
);
CREATE INDEX import_job_created_idx ON import_job (created_at, id);

CREATE TABLE import_error (
    job_id     UUID          NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq        INT           NOT NULL,
    row_no     BIGINT        NOT NULL,
    field      VARCHAR(40)   NOT NULL,
    rule       VARCHAR(40)   NOT NULL,
    message    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (job_id, seq)
);
