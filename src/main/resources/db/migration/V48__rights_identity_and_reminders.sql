-- DSR-2, RET-4: each identity check of a request, asked on a reasonable doubt written down (the reason), with how the
-- person answered (way: CODE, the button of the link mailed to the address on file; DOCUMENT, a proof uploaded and
-- looked at by the DPO; OTHER, an answer by another way recorded by the DPO), the result (CONFIRMED or NOT_ESTABLISHED),
-- when and by whom. This record stays with the request; the documents never do. Two links may be mailed: to the
-- address on file of the person matched (confirm or upload) and to the address the requester typed (upload only);
-- only their SHA-256 is stored. on_file_person_id says to whom the first one went, without copying the address.
CREATE TABLE rights_identity_check (
    id                 UUID          NOT NULL PRIMARY KEY,
    request_id         UUID          NOT NULL REFERENCES rights_request (id) ON DELETE CASCADE,
    reason             VARCHAR(2000) NOT NULL,
    asked_by           VARCHAR(200)  NOT NULL,
    asked_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    on_file_token_hash VARCHAR(64)   UNIQUE,
    on_file_person_id  UUID,
    upload_token_hash  VARCHAR(64)   UNIQUE,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    way                VARCHAR(10),
    result             VARCHAR(20),
    decided_by         VARCHAR(200),
    decided_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT rights_identity_check_way_check CHECK (way IN ('CODE', 'DOCUMENT', 'OTHER')),
    CONSTRAINT rights_identity_check_result_check CHECK (result IN ('CONFIRMED', 'NOT_ESTABLISHED')),
    CONSTRAINT rights_identity_check_decided_check CHECK ((result IS NULL AND decided_at IS NULL)
        OR (result IS NOT NULL AND way IS NOT NULL AND decided_at IS NOT NULL AND decided_by IS NOT NULL))
);
CREATE INDEX rights_identity_check_request_idx ON rights_identity_check (request_id, asked_at);

-- DSR-2: a proof of identity uploaded by the requester, sealed with AES-256-GCM (IV || ciphertext || tag, the check's
-- id as associated data), readable by the DPO only, and deleted as soon as the DPO decides (identity confirmed or not
-- established). The file name is not kept: it may name the person.
CREATE TABLE rights_identity_document (
    id            UUID         NOT NULL PRIMARY KEY,
    check_id      UUID         NOT NULL REFERENCES rights_identity_check (id) ON DELETE CASCADE,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    INT          NOT NULL,
    key_id        VARCHAR(16)  NOT NULL,
    sealed        BYTEA        NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rights_identity_document_check_idx ON rights_identity_document (check_id);

-- DSR-1: the member of staff (DPO or customer service) a request is assigned to; reminders go to them.
ALTER TABLE rights_request ADD COLUMN assigned_to VARCHAR(200);

-- DSR-1: the reminders mailed about a request, one per deadline value and kind (BEFORE the deadline, LATE once it
-- passed): the primary key makes the job idempotent across nodes; a deadline moved by a pause or an extension is a new
-- value and gets its own reminder.
CREATE TABLE rights_reminder (
    request_id UUID         NOT NULL REFERENCES rights_request (id) ON DELETE CASCADE,
    deadline   DATE         NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    sent_to    VARCHAR(2000) NOT NULL,
    mail_id    UUID,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (request_id, deadline, kind),
    CONSTRAINT rights_reminder_kind_check CHECK (kind IN ('BEFORE', 'LATE'))
);
