-- CON-9: a person is found by e-mail whatever its case (forms, web shop, CSV import). The lower-cased address is
-- a derived key kept by the application, like phone_digits, because H2 has no index on an expression.
ALTER TABLE person ADD COLUMN email_key VARCHAR(254);
UPDATE person SET email_key = LOWER(email) WHERE email IS NOT NULL;
CREATE INDEX person_email_key_idx ON person (email_key);

-- CON-10: a person created by a bulk import carries who created it and through which import (import/<job id>)
-- instead of a "created" row in person_change: one history row per person, each with its foreign-key check,
-- would cost a million-row import as much as the persons themselves. The history shows it as its first entry,
-- and the import's audit entries name the batches and their persons' id ranges.
ALTER TABLE person ADD COLUMN created_by VARCHAR(200);
ALTER TABLE person ADD COLUMN origin VARCHAR(100);
-- Where a change came from when it was not typed on a screen (import/<job id> when an import completed the person).
ALTER TABLE person_change ADD COLUMN origin VARCHAR(100);

-- CON-10 / CON-9: rows that completed a person already known by the e-mail instead of creating one.
ALTER TABLE import_job ADD COLUMN updated BIGINT NOT NULL DEFAULT 0;
