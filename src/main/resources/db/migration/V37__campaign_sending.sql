-- PRO-5 (issue 9 §4): the sending of a campaign. One row per (campaign, person) at most, enforced by the key, so that
-- no person is written to twice by one campaign, whatever the number of nodes or restarts. A row records the decision
-- taken at send time (PRO-2, re-checked per batch): the message written to the outbox, a person postponed by the
-- frequency cap (PRO-8) or excluded, with the rule that decided. Delivery itself (sent, held, refused by the server)
-- is the outbox's status of mail_id.
CREATE TABLE campaign_message (
    campaign_id       UUID          NOT NULL REFERENCES campaign (id),
    person_id         UUID          NOT NULL,
    -- the outbox message (QUEUED only); kept after the outbox purged it, the status says what was decided
    mail_id           UUID,
    -- QUEUED (written to the outbox), POSTPONED (frequency cap), EXCLUDED (a rule of law)
    status            VARCHAR(20)   NOT NULL,
    decided_rule      VARCHAR(40)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- INF-4: the message carried the Art. 14 information naming the third party the data came from
    source_notice     BOOLEAN       NOT NULL DEFAULT FALSE,
    clicked_at        TIMESTAMP WITH TIME ZONE,
    clicks            INT           NOT NULL DEFAULT 0,
    unsubscribed_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (campaign_id, person_id),
    CONSTRAINT campaign_message_status CHECK (status IN ('QUEUED', 'POSTPONED', 'EXCLUDED'))
);
CREATE INDEX campaign_message_person_idx ON campaign_message (person_id);
CREATE INDEX campaign_message_mail_idx ON campaign_message (mail_id);

-- The walk of a campaign's audience in person id order: the cursor is committed with each batch, so a node that
-- stops (even killed) is resumed from the last committed batch by any node once its lease has expired.
CREATE TABLE campaign_sending (
    campaign_id       UUID          NOT NULL PRIMARY KEY REFERENCES campaign (id),
    -- the audience counted when the sending started, for the progress bar
    audience          BIGINT        NOT NULL,
    processed         BIGINT        NOT NULL DEFAULT 0,
    cursor_person     UUID,
    walked            BOOLEAN       NOT NULL DEFAULT FALSE,
    owner_node        VARCHAR(100),
    lease_until       TIMESTAMP WITH TIME ZONE,
    started_by        VARCHAR(200)  NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The sender's identity of a message when it is not the organisation's default address (a campaign's sender).
ALTER TABLE mail_message ADD COLUMN sender VARCHAR(300);
-- A campaign's results count its messages by delivery status (category campaign/<id>), without a scan of the outbox.
CREATE INDEX mail_message_category_idx ON mail_message (category, status);
