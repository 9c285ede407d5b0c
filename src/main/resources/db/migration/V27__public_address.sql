-- Issue 8 §2: the address at which people reach the public pages, when CUSTODIAN_PUBLIC_URL is not set. It is
-- derived from the first administrator's request, then confirmed by an administrator; until then mails with a
-- link to it wait in the outbox. One row at most.
CREATE TABLE public_address (
    id           SMALLINT     NOT NULL PRIMARY KEY CHECK (id = 1),
    url          VARCHAR(300) NOT NULL,
    derived_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE,
    confirmed_by VARCHAR(200)
);

-- A message held because it contains a link to an unconfirmed public address keeps the address it was written
-- with, to be replaced by the confirmed one.
ALTER TABLE mail_message ADD COLUMN link_base VARCHAR(300);
