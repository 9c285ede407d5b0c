-- RET-2, RET-3 (issue 11): the retention sweep and the intermediate archive.

-- One run of the sweep: the day whose rules it applies, who asked, which node runs it (its heartbeat tells the other
-- nodes it is alive; a sweep whose node stopped beating is taken over and resumed), and its progress.
CREATE TABLE retention_sweep (
    id           UUID          NOT NULL PRIMARY KEY,
    sweep_date   DATE          NOT NULL,
    state        VARCHAR(10)   NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by VARCHAR(200)  NOT NULL,
    owner_node   VARCHAR(200),
    heartbeat_at TIMESTAMP WITH TIME ZONE,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    planned      BIGINT        DEFAULT 0 NOT NULL,
    done         BIGINT        DEFAULT 0 NOT NULL,
    held         BIGINT        DEFAULT 0 NOT NULL,
    failure      VARCHAR(2000),
    CONSTRAINT retention_sweep_state CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX retention_sweep_state_idx ON retention_sweep (state, requested_at);
CREATE INDEX retention_sweep_requested_idx ON retention_sweep (requested_at, id);

-- What a sweep did to a person under a rule: the proof of an archive or a deletion, with the person's id only (their
-- data are gone or archived). The key makes an action happen once per person, rule and action, whatever the crashes
-- and the nodes; PENDING marks an erasure whose holders have not all run yet, which a resumed sweep finishes.
CREATE TABLE retention_action (
    person_id  UUID          NOT NULL,
    rule_code  VARCHAR(60)   NOT NULL,
    action     VARCHAR(10)   NOT NULL,
    sweep_id   UUID          NOT NULL REFERENCES retention_sweep (id),
    state      VARCHAR(10)   NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (person_id, rule_code, action),
    CONSTRAINT retention_action_action CHECK (action IN ('ARCHIVE', 'ANONYMISE', 'DELETE')),
    CONSTRAINT retention_action_state CHECK (state IN ('PENDING', 'DONE'))
);
CREATE INDEX retention_action_sweep_idx ON retention_action (sweep_id, rule_code, action);
CREATE INDEX retention_action_pending_idx ON retention_action (state, sweep_id);

-- The intermediate archive (RET-2): logically separated from the active base, read only by the ARCHIVIST and the DPO,
-- each read audited with its reason. What a legal obligation or an evidence need keeps of a customer once they leave
-- the active base: who they were and their contracts, until the end of the archive period, then deleted.
CREATE TABLE archive_person (
    person_id       UUID          NOT NULL PRIMARY KEY,
    internal_code   VARCHAR(20)   NOT NULL,
    audience        VARCHAR(20)   NOT NULL,
    civility        VARCHAR(10),
    last_name       VARCHAR(100)  NOT NULL,
    first_names     VARCHAR(150),
    email           VARCHAR(254),
    phone           VARCHAR(30),
    address         VARCHAR(500),
    company         VARCHAR(200),
    accounting_code VARCHAR(40),
    search_text     VARCHAR(1000) NOT NULL,
    rule_code       VARCHAR(60)   NOT NULL,
    reason          VARCHAR(20)   NOT NULL,
    archived_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    archived_until  DATE          NOT NULL,
    end_action      VARCHAR(10)   NOT NULL,
    sweep_id        UUID          NOT NULL REFERENCES retention_sweep (id),
    CONSTRAINT archive_person_reason CHECK (reason IN ('LEGAL_OBLIGATION', 'EVIDENCE')),
    CONSTRAINT archive_person_end CHECK (end_action IN ('ANONYMISE', 'DELETE'))
);
CREATE INDEX archive_person_until_idx ON archive_person (archived_until, person_id);
CREATE INDEX archive_person_name_idx ON archive_person (last_name, person_id);

CREATE TABLE archive_purchase (
    id             UUID         NOT NULL PRIMARY KEY,
    person_id      UUID         NOT NULL REFERENCES archive_person (person_id) ON DELETE CASCADE,
    purchased_on   DATE         NOT NULL,
    product_family VARCHAR(30)  NOT NULL,
    warranty_end   DATE,
    contract_end   DATE
);
CREATE INDEX archive_purchase_person_idx ON archive_purchase (person_id);
