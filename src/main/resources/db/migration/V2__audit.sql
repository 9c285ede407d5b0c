-- SEC-3 audit trail: an append-only, HMAC-chained log. Only the audit module writes here, and only by
-- appending (plus the retention purge, which removes the oldest prefix of the chain).
-- The sequence number is the key: one index less to maintain on every append.
CREATE TABLE audit_entry (
    sequence_no   BIGINT       NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    resource_type VARCHAR(60),
    resource_id   VARCHAR(100),
    purpose       VARCHAR(500),
    detail        VARCHAR(2000),
    previous_mac  VARCHAR(64)  NOT NULL,
    mac           VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_entry_resource_idx ON audit_entry (resource_id);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);

-- The single chain-head row: appends lock it (SELECT ... FOR UPDATE) so that concurrent writers, on one
-- node or several, extend one chain. The anchor is the MAC of the last purged entry (retention), from
-- which the remaining chain verifies; the seal is an HMAC over the row so that it cannot be rewritten
-- without the key. The application seals the initial row at its first start.
CREATE TABLE audit_chain_head (
    id              INT          NOT NULL PRIMARY KEY,
    last_sequence   BIGINT       NOT NULL,
    last_mac        VARCHAR(64)  NOT NULL,
    anchor_sequence BIGINT       NOT NULL,
    anchor_mac      VARCHAR(64)  NOT NULL,
    seal            VARCHAR(64)
);
INSERT INTO audit_chain_head (id, last_sequence, last_mac, anchor_sequence, anchor_mac, seal)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);
