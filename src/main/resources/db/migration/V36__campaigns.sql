-- PRO-5 (issue 9 §4): an e-mail prospecting campaign. What it promotes (product family) and to which professions it
-- relates are what the eligibility rules read (PRO-2); the audience filters are the file's ordinary data only (CON-4).
-- The sender's identity and the opposition sentence are added by Custodian when a message is written, not stored in
-- the template.
CREATE TABLE campaign (
    id                UUID          NOT NULL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    channel           VARCHAR(10)   NOT NULL,
    purpose           VARCHAR(60)   NOT NULL,
    product_family    VARCHAR(30)   REFERENCES product_family (code),
    -- the professions and sectors the subject relates to, one per line (the B2B relevance test)
    professions       VARCHAR(2000),
    -- the audience filters (AudienceFilter) as JSON
    audience          VARCHAR(4000) NOT NULL,
    sender_name       VARCHAR(200)  NOT NULL,
    sender_address    VARCHAR(254)  NOT NULL,
    subject           VARCHAR(300),
    html_body         VARCHAR(200000),
    text_body         VARCHAR(100000),
    -- DRAFT, SCHEDULED, SENDING, SENT, CANCELLED
    status            VARCHAR(20)   NOT NULL,
    scheduled_at      TIMESTAMP WITH TIME ZONE,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(200)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(200)  NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT campaign_channel CHECK (channel IN ('EMAIL')),
    CONSTRAINT campaign_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'CANCELLED'))
);
CREATE INDEX campaign_created_idx ON campaign (created_at);
CREATE INDEX campaign_status_idx ON campaign (status, scheduled_at);
