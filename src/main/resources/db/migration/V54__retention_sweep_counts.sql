-- RET-3: a sweep's report, per rule and action, counted in the transaction of each batch it commits, so that the
-- report says exactly what the committed batches did, whatever crashed in between.
CREATE TABLE retention_sweep_count (
    sweep_id  UUID         NOT NULL REFERENCES retention_sweep (id),
    rule_code VARCHAR(60)  NOT NULL,
    module    VARCHAR(60)  NOT NULL,
    action    VARCHAR(10)  NOT NULL,
    records   BIGINT       NOT NULL,
    PRIMARY KEY (sweep_id, rule_code, module, action)
);
