-- PRO-3 (issue 9 §3): the suppression list. An entry holds a keyed hash (HMAC-SHA256 under a key kept outside the
-- database: custodian.prospecting.suppression-key, or the generated key file) of a normalised e-mail address or phone
-- number, never the value itself, so that it can outlive the person's erasure. One entry per value and channel, which
-- two nodes adding the same opposition at once cannot break; a new opposition moves recorded_at forward, so that only
-- a consent given after it lifts it.
CREATE TABLE suppression_entry (
    id                UUID          NOT NULL PRIMARY KEY,
    kind              VARCHAR(10)   NOT NULL,
    value_hash        VARCHAR(64)   NOT NULL,
    channel           VARCHAR(10)   NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    reason            VARCHAR(500),
    first_recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       VARCHAR(200)  NOT NULL,
    CONSTRAINT suppression_entry_once UNIQUE (kind, value_hash, channel),
    CONSTRAINT suppression_entry_kind CHECK (kind IN ('EMAIL', 'PHONE')),
    CONSTRAINT suppression_entry_channel CHECK (channel IN ('ALL', 'EMAIL', 'SMS', 'PHONE', 'POST')),
    CONSTRAINT suppression_entry_source CHECK (source IN ('UNSUBSCRIBE_LINK', 'STAFF', 'IMPORT', 'API', 'ERASURE'))
);

-- The list screen pages through the entries newest first.
CREATE INDEX suppression_entry_recorded_idx ON suppression_entry (recorded_at);
