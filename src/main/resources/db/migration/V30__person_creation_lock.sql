-- CON-9: staff creations of persons wait for each other on this one row (SELECT ... FOR UPDATE, on every node), so
-- that the duplicate check and the insert after it cannot interleave. A lock row rather than a unique index: a
-- duplicate confirmed by the user stays allowed, and a unique key would refuse it.
CREATE TABLE person_creation_lock (id INT PRIMARY KEY);
INSERT INTO person_creation_lock (id) VALUES (1);

-- CON-9: the duplicate check finds a person by phone (national digits) as fast as by e-mail (person_email_key_idx).
CREATE INDEX person_phone_digits_idx ON person (phone_digits);
