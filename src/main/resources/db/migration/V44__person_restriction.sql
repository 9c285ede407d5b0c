-- DSR-5 (GDPR art. 18, 000 §9): the restriction of processing of a person's data, «a freeze that every processing
-- honours: campaigns, exports, exclusions», from the day it is placed until it is lifted with a reason. The data is
-- kept (storage is the one processing art. 18(2) allows); the rows stay as the history of the person's restrictions.
CREATE TABLE person_restriction (
    id                 UUID          NOT NULL PRIMARY KEY,
    person_id          UUID          NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- the person's id while the restriction is in force, null once lifted: one restriction in force per person,
    -- held by a unique constraint that H2 and PostgreSQL both enforce (NULLs are distinct), and the key through which
    -- campaigns and exports find the persons restricted
    in_force_person_id UUID          UNIQUE,
    -- art. 18(1) a) to d): ACCURACY_CONTESTED, UNLAWFUL_PROCESSING, LEGAL_CLAIMS, OBJECTION_PENDING
    ground             VARCHAR(30)   NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    restricted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    restricted_by      VARCHAR(200)  NOT NULL,
    lifted_at          TIMESTAMP WITH TIME ZONE,
    lifted_by          VARCHAR(200),
    lift_reason        VARCHAR(1000),
    CONSTRAINT person_restriction_state CHECK ((in_force_person_id IS NULL) = (lifted_at IS NOT NULL))
);
CREATE INDEX person_restriction_person_idx ON person_restriction (person_id, restricted_at);
