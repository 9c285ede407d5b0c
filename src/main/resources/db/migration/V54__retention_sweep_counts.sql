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

-- RET-2: statistics survive the persons as aggregates that identify no one: how many persons left the active base in
-- a month, by kind (customer or prospect, consumer or professional), how they came into the file and the year they
-- were collected. Counts only, no id; the screens show a count below 5 as "fewer than 5".
CREATE TABLE retention_statistic (
    left_month     DATE         NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    audience       VARCHAR(20)  NOT NULL,
    source         VARCHAR(10)  NOT NULL,
    collected_year INT          NOT NULL,
    persons        BIGINT       NOT NULL,
    PRIMARY KEY (left_month, type, audience, source, collected_year)
);
