-- DSR-1, RET-4: what staff received with a request entered by hand — the scanned letter, a screenshot of the message —
-- sealed with AES-256-GCM (IV || ciphertext || tag, "rights_request_attachment:<request id>" as associated data: a
-- sealed file copied to another request does not open), the type checked by its first bytes (PDF, JPEG, PNG), opened
-- by the DPO only. It is part of the request's record: kept as long as the request (until the answer, then with it
-- for the limitation period) and deleted with it. The file name is not kept: it may name the person.
CREATE TABLE rights_request_attachment (
    id            UUID          NOT NULL PRIMARY KEY,
    request_id    UUID          NOT NULL REFERENCES rights_request (id) ON DELETE CASCADE,
    content_type  VARCHAR(40)   NOT NULL,
    size_bytes    INT           NOT NULL,
    key_id        VARCHAR(16)   NOT NULL,
    sealed        BYTEA         NOT NULL,
    added_by      VARCHAR(200)  NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rights_request_attachment_request_idx ON rights_request_attachment (request_id, added_at);

-- DSR-3, DSR-7: the requester's language, for the answer letter, the access package and every mail to them: the
-- public form's language when they confirmed it, chosen by staff or the API otherwise; French when not known.
ALTER TABLE rights_request ADD COLUMN language VARCHAR(8) DEFAULT 'fr' NOT NULL;
ALTER TABLE rights_request ADD CONSTRAINT rights_request_language_check CHECK (language IN ('fr', 'en'));
