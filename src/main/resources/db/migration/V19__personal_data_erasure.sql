-- DSR-5, RET-2: the erasure of a person runs through every module's personal-data holder after the deletion commits.
-- Until the last holder (contacts) has run, the person row stays, marked, so that the others can still find their
-- rows by the person's e-mail address; every screen, search and match ignores a marked person at once.
ALTER TABLE person ADD COLUMN erasure_requested_at TIMESTAMP WITH TIME ZONE;

-- An outbox message names the person it was written to, so that their erasure finds it even after the address changed.
ALTER TABLE mail_message ADD COLUMN person_id UUID;
CREATE INDEX mail_message_person_idx ON mail_message (person_id);
-- Messages written before this column: the person who held the recipient address, when one did.
UPDATE mail_message SET person_id = (SELECT p.id FROM person p WHERE p.email_key = LOWER(mail_message.recipient)
                                     ORDER BY p.created_at, p.id LIMIT 1)
WHERE person_id IS NULL;
