-- PRO-2, PRO-3 (issue 9 §2): what the set-based eligibility of a whole file compares and the person table cannot
-- give to SQL directly, derived from each person by the prospecting module (ProspectKeys) and brought up to date
-- before each read from the persons whose updated_at moved:
-- - the keyed hashes (HMAC-SHA256, key outside the database) of the person's e-mail address and phone number, as the
--   suppression list holds them, so that the list is joined, not looked up person by person;
-- - the French postcode read from the free-text address, and its department (2A/2B for Corsica), for the audience's
--   postcode filter;
-- - the words of the job title and sector as ProfessionWords normalises them (« achat responsable »), between spaces,
--   for the B2B relevance test.
-- Deleting the person deletes the row; derived_from is the person's updated_at the row was derived from.
CREATE TABLE prospect_key (
    person_id        UUID         NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    email_hash       VARCHAR(64),
    phone_hash       VARCHAR(64),
    postcode         VARCHAR(5),
    department       VARCHAR(3),
    profession_words VARCHAR(400),
    derived_from     TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The suppression list is small: each entry finds its persons by these.
CREATE INDEX prospect_key_email_hash_idx ON prospect_key (email_hash);
CREATE INDEX prospect_key_phone_hash_idx ON prospect_key (phone_hash);

-- The latest person updated_at the keys were derived up to (one row); a refresh reads from a little before it.
CREATE TABLE prospect_key_watermark (
    id           INT          NOT NULL PRIMARY KEY,
    derived_upto TIMESTAMP WITH TIME ZONE NOT NULL
);
