-- PRO-1 (issue 7 §5): a person has at most one pending request per purpose × channel, so that ten submissions of a
-- public form do not queue ten requests and ten mails; and one mailed link may confirm several requests (every box a
-- visitor ticked for a person already on file), so the token no longer identifies one row. The table is rebuilt,
-- keeping its name and columns, because the token's unnamed UNIQUE constraint cannot be dropped by a name shared by
-- H2 and PostgreSQL. Of duplicates already pending, the latest request of each purpose × channel is kept.
CREATE TABLE consent_request_v25 (
    id             UUID          NOT NULL PRIMARY KEY,
    token_hash     VARCHAR(64)   NOT NULL,
    person_id      UUID          NOT NULL,
    purpose        VARCHAR(60)   NOT NULL,
    channel        VARCHAR(10)   NOT NULL,
    proof          VARCHAR(30)   NOT NULL,
    source         VARCHAR(200)  NOT NULL,
    text_hash      VARCHAR(64)   NOT NULL REFERENCES consent_text (hash),
    form_ref       VARCHAR(100),
    form_version   INT,
    notice_version INT,
    ip_address     VARCHAR(45),
    user_agent     VARCHAR(500),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by   VARCHAR(200)  NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT consent_request_once UNIQUE (person_id, purpose, channel)
);

INSERT INTO consent_request_v25 (id, token_hash, person_id, purpose, channel, proof, source, text_hash, form_ref,
        form_version, notice_version, ip_address, user_agent, requested_at, requested_by, expires_at)
SELECT r.id, r.token_hash, r.person_id, r.purpose, r.channel, r.proof, r.source, r.text_hash, r.form_ref,
        r.form_version, r.notice_version, r.ip_address, r.user_agent, r.requested_at, r.requested_by, r.expires_at
FROM consent_request r
WHERE NOT EXISTS (SELECT 1 FROM consent_request later
                  WHERE later.person_id = r.person_id AND later.purpose = r.purpose AND later.channel = r.channel
                    AND (later.requested_at > r.requested_at
                         OR (later.requested_at = r.requested_at AND later.id > r.id)));

DROP TABLE consent_request;
ALTER TABLE consent_request_v25 RENAME TO consent_request;
CREATE INDEX consent_request_token_idx ON consent_request (token_hash);
CREATE INDEX consent_request_expiry_idx ON consent_request (expires_at);

-- How many confirmation mails went to each person's address per day (custodian.consent.confirmation-mails-per-day).
-- Rows of past days are purged with the unconfirmed requests.
CREATE TABLE consent_mail_quota (
    person_id UUID NOT NULL,
    quota_day DATE NOT NULL,
    mails     INT  NOT NULL,
    PRIMARY KEY (person_id, quota_day)
);
