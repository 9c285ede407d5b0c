-- CON-9: staff creations of persons wait for each other on this one row (SELECT ... FOR UPDATE, on every node), so
-- that the duplicate check and the insert after it cannot interleave. A lock row rather than a unique index: a
-- duplicate confirmed by the user stays allowed, and a unique key would refuse it.
CREATE TABLE person_creation_lock (id INT PRIMARY KEY);
INSERT INTO person_creation_lock (id) VALUES (1);

-- CON-9: the duplicate check finds a person by phone (national digits) as fast as by e-mail (person_email_key_idx).
CREATE INDEX person_phone_digits_idx ON person (phone_digits);

-- CON-9: line breaks typed from a browser before they were normalised (CR LF) become plain LF, as the application now
-- stores them: otherwise the API returns CR LF, and saving such a person unchanged records the address as changed.
UPDATE person SET address = REPLACE(REPLACE(address, CHR(13) || CHR(10), CHR(10)), CHR(13), CHR(10))
    WHERE address LIKE '%' || CHR(13) || '%';
UPDATE person SET notes = REPLACE(REPLACE(notes, CHR(13) || CHR(10), CHR(10)), CHR(13), CHR(10))
    WHERE notes LIKE '%' || CHR(13) || '%';
