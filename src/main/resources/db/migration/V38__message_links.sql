-- PRO-1, PRO-3 (issue 9 §4, §5): the links of a message — one-click unsubscribe and the preference centre. The token in
-- the address is random (256 bits); only its SHA-256 is kept, so that a copy of the table opens nothing. The address
-- the link was sent to is kept as the suppression list's keyed hash (never in clear), so that the link still records an
-- opposition after the person's erasure, which only empties person_id. issue_id names the issue in the proofs without
-- revealing the token; one issue has one link of each scope.
CREATE TABLE message_link (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    issue_id    UUID         NOT NULL,
    scope       VARCHAR(12)  NOT NULL,
    origin      VARCHAR(12)  NOT NULL,
    person_id   UUID,
    email_hash  VARCHAR(64)  NOT NULL,
    campaign_id UUID,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_link_scope CHECK (scope IN ('UNSUBSCRIBE', 'PREFERENCES')),
    CONSTRAINT message_link_origin CHECK (origin IN ('MESSAGE', 'REQUEST', 'CONFIRMATION'))
);

-- The person's erasure and access request find their links; the request form counts the links mailed to an address.
CREATE INDEX message_link_person_idx ON message_link (person_id);
CREATE INDEX message_link_email_idx ON message_link (email_hash, issued_at);

-- PRO-3 (issue 9 §3): a form submission whose address was on the suppression list says so to staff, with the date of
-- the opposition; the visitor is told nothing.
ALTER TABLE collection_form_submission ADD COLUMN suppressed_since DATE;
