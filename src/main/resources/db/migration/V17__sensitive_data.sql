-- CON-4 / SEC-5: special-category data of a person (GDPR Art. 9: health, religion, politics, union membership, sexual
-- orientation, ethnic origin). A row exists only with the proof of the person's explicit consent for that datum, kept
-- on the row itself; the value is encrypted by the application (AES-256-GCM, random IV per value, Base64 of
-- IV + ciphertext + tag) with a key kept outside the database, named by key_id for a future rotation. The label is
-- the form's question, not personal. Deleting the person deletes its sensitive data (ON DELETE CASCADE).
CREATE TABLE person_sensitive_data (
    id                     UUID           NOT NULL PRIMARY KEY,
    person_id              UUID           NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    category               VARCHAR(30)    NOT NULL,
    label                  VARCHAR(500),
    ciphertext             VARCHAR(8200)  NOT NULL,
    key_id                 VARCHAR(16)    NOT NULL,
    consent_text           VARCHAR(20000) NOT NULL,
    consent_form_ref       VARCHAR(100),
    consent_form_version   INT,
    consent_notice_version INT,
    consent_ip             VARCHAR(45),
    consent_user_agent     VARCHAR(500),
    consent_source         VARCHAR(200)   NOT NULL,
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by            VARCHAR(200)   NOT NULL
);
CREATE INDEX person_sensitive_data_person_idx ON person_sensitive_data (person_id, recorded_at);
