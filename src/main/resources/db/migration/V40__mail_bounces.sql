-- PRO-5, results of a campaign: a sent message whose recipient's server reported it undeliverable for good (a hard
-- bounce read from the bounce mailbox) is BOUNCED, with when and the report's status code (RFC 3463, e.g. 5.1.1); the
-- server's words go to last_error.
ALTER TABLE mail_message ADD COLUMN bounced_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_message ADD COLUMN bounce_status VARCHAR(10);
