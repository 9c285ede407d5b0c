-- PRO-2 (issue 9 §2, speed): one narrow row per person holding what the eligibility rules read for an e-mail
-- campaign of the purpose PROSPECTING, kept up to date by the prospecting module (ProspectSummary) before each
-- preview, so that a preview of a million persons reads one table instead of joining the ledger, the purchases, the
-- soft opt-in evidence and the suppression list. Only facts that do not move with time are kept: the 3-year limit,
-- the expiry of a pending double opt-in and the frequency cap are compared when the preview runs. A person being
-- erased has no row; deleting the person deletes it.
CREATE TABLE prospect_summary (
    person_id          UUID         NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    -- the person's updated_at the row was derived from
    derived_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    type               VARCHAR(20)  NOT NULL,
    audience           VARCHAR(20)  NOT NULL,
    source             VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_contact_at    DATE,
    has_address        INT          NOT NULL,
    generic_address    BOOLEAN      NOT NULL,
    -- a professional's local part of the address (before the @), compared with the generic-address list when the
    -- preview runs, so that a change of the list needs no rebuild
    email_local        VARCHAR(320),
    -- 1 when the person had eligibility keys (prospect_key) when the row was derived
    keyed              INT,
    postcode           VARCHAR(5),
    department         VARCHAR(3),
    profession_words   VARCHAR(400),
    -- the latest ledger record of PROSPECTING on EMAIL: its state as consent_current derives it, its date and sequence
    consent_status     VARCHAR(25),
    consent_at         TIMESTAMP WITH TIME ZONE,
    consent_seq        BIGINT,
    -- the double opt-in request of PROSPECTING on EMAIL, expired or not (its expiry is compared at read)
    pending_at         TIMESTAMP WITH TIME ZONE,
    pending_expires_at TIMESTAMP WITH TIME ZONE,
    -- purchases: how many, 1 when there is any, the end of the relationship they give, the families bought (lower-case codes
    -- between bars: |jardin|literie|), a sale that collected the address with an opposition offered and not
    -- exercised, a sale where an opposition was offered
    purchases          INT,
    bought             INT,
    last_day           DATE,
    families           VARCHAR,
    good_sale          INT,
    offered_sale       INT,
    -- the latest soft opt-in evidence on EMAIL: 1 when there is any, its opposition offered and exercised
    evidenced          INT,
    soft_seq           BIGINT,
    so_offered         BOOLEAN,
    so_opposed         BOOLEAN,
    -- the latest suppression entry covering e-mail of the person's address or phone
    suppressed_at      TIMESTAMP WITH TIME ZONE
);

-- Where the last refresh stood (one row): when it started (the next one looks again from a little before, for writes
-- committed late), the ledgers' sequence numbers it had read up to (a record appended with an earlier date, an
-- import, is still found) and how many rows it left (compared with the persons, cheaper than counting the summary;
-- a person deleted takes their row without telling: the next refresh counts again). refreshed_at null: the summary
-- is built from scratch. Refreshes lock this row, one at a time.
CREATE TABLE prospect_summary_mark (
    id           INT    NOT NULL PRIMARY KEY,
    refreshed_at TIMESTAMP WITH TIME ZONE,
    consent_seq  BIGINT NOT NULL,
    soft_seq     BIGINT NOT NULL,
    summary_rows BIGINT NOT NULL
);
INSERT INTO prospect_summary_mark (id, refreshed_at, consent_seq, soft_seq, summary_rows) VALUES (1, NULL, 0, 0, 0);

-- The persons a refresh derives again (scratch, used under the lock above).
CREATE TABLE prospect_summary_change (
    person_id UUID NOT NULL PRIMARY KEY
);

-- A refresh finds what changed since a date in each source: these serve the ranges.
CREATE INDEX consent_record_recorded_idx ON consent_record (recorded_at);
CREATE INDEX consent_request_requested_idx ON consent_request (requested_at);
CREATE INDEX soft_opt_in_recorded_idx ON soft_opt_in (recorded_at);
CREATE INDEX person_purchase_recorded_idx ON person_purchase (recorded_at);
CREATE INDEX person_contact_recorded_idx ON person_contact (recorded_at);
CREATE INDEX person_erasure_requested_idx ON person (erasure_requested_at);
