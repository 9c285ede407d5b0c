-- CON-9: a person is found by e-mail whatever its case (forms, web shop, CSV import). The lower-cased address is
-- a derived key kept by the application, like phone_digits, because H2 has no index on an expression.
ALTER TABLE person ADD COLUMN email_key VARCHAR(254);
UPDATE person SET email_key = LOWER(email) WHERE email IS NOT NULL;
CREATE INDEX person_email_key_idx ON person (email_key);

-- Where a change came from when it was not typed on a screen, e.g. import/<job id>: an imported person's
-- history names the import job, whose audit entries name the batches.
ALTER TABLE person_change ADD COLUMN origin VARCHAR(100);

-- CON-10 / CON-9: rows that completed a person already known by the e-mail instead of creating one.
ALTER TABLE import_job ADD COLUMN updated BIGINT NOT NULL DEFAULT 0;
