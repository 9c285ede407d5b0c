-- PRO-2, PRO-6 (issue 9): the facts the eligibility of a prospecting campaign reads about a person, in the contacts
-- module. Plain SQL that runs on H2 and PostgreSQL.

-- The product families the organisation sells (a campaign names one; "similar products" for the soft opt-in means
-- the same family). Never deleted once a purchase names one: a family no longer sold is retired.
CREATE TABLE product_family (
    code       VARCHAR(30)  NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A purchase or a contract of a person (RET, PRO-6: the end of the commercial relationship), with the three facts
-- of the sale that the soft opt-in needs (the e-mail was collected at this sale, the person was offered to object
-- then, and whether they did). No order management beyond that. Deleting the person deletes them.
CREATE TABLE person_purchase (
    id                      UUID         NOT NULL PRIMARY KEY,
    person_id               UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purchased_on            DATE         NOT NULL,
    product_family          VARCHAR(30)  NOT NULL REFERENCES product_family (code),
    warranty_end            DATE,
    contract_end            DATE,
    email_collected_at_sale BOOLEAN      NOT NULL,
    opposition_offered      BOOLEAN      NOT NULL,
    opposed                 BOOLEAN      NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by             VARCHAR(200) NOT NULL
);
CREATE INDEX person_purchase_person_idx ON person_purchase (person_id, purchased_on);
-- The audience of a campaign for one family: the persons who bought it, read set-based.
CREATE INDEX person_purchase_family_idx ON person_purchase (product_family, person_id);

-- A contact from the person (PRO-6: the 3-year clock of a prospect and of a customer): a request, a reply, a call,
-- a visit, a click in a message. An e-mail open is not a contact and is never recorded.
CREATE TABLE person_contact (
    id           UUID         NOT NULL PRIMARY KEY,
    person_id    UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    contacted_on DATE         NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL
);
CREATE INDEX person_contact_person_idx ON person_contact (person_id, contacted_on);

-- The local parts of generic company addresses (contact@, info@ ...): such an address identifies no one (seed 003),
-- so the consent rules of prospecting do not apply to it. Maintained by the administrator.
CREATE TABLE generic_address_part (
    local_part VARCHAR(64) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO generic_address_part (local_part, created_at) VALUES
    ('contact', CURRENT_TIMESTAMP), ('contacts', CURRENT_TIMESTAMP), ('info', CURRENT_TIMESTAMP),
    ('infos', CURRENT_TIMESTAMP), ('information', CURRENT_TIMESTAMP), ('accueil', CURRENT_TIMESTAMP),
    ('commercial', CURRENT_TIMESTAMP), ('bonjour', CURRENT_TIMESTAMP), ('hello', CURRENT_TIMESTAMP),
    ('sales', CURRENT_TIMESTAMP), ('support', CURRENT_TIMESTAMP), ('admin', CURRENT_TIMESTAMP),
    ('direction', CURRENT_TIMESTAMP), ('compta', CURRENT_TIMESTAMP), ('comptabilite', CURRENT_TIMESTAMP),
    ('rh', CURRENT_TIMESTAMP), ('office', CURRENT_TIMESTAMP), ('secretariat', CURRENT_TIMESTAMP),
    ('standard', CURRENT_TIMESTAMP), ('service-client', CURRENT_TIMESTAMP), ('serviceclient', CURRENT_TIMESTAMP),
    ('sav', CURRENT_TIMESTAMP), ('achats', CURRENT_TIMESTAMP), ('factures', CURRENT_TIMESTAMP),
    ('facturation', CURRENT_TIMESTAMP), ('recrutement', CURRENT_TIMESTAMP), ('jobs', CURRENT_TIMESTAMP),
    ('hr', CURRENT_TIMESTAMP), ('team', CURRENT_TIMESTAMP), ('equipe', CURRENT_TIMESTAMP),
    ('mail', CURRENT_TIMESTAMP), ('email', CURRENT_TIMESTAMP), ('webmaster', CURRENT_TIMESTAMP),
    ('postmaster', CURRENT_TIMESTAMP), ('noreply', CURRENT_TIMESTAMP), ('no-reply', CURRENT_TIMESTAMP);

-- B2B relevance (seed 003: the subject of the message must relate to the profession): the professional's sector, and
-- the staff's statement that the address is a generic company address. The derived dates kept on the person for the
-- set-based reads of eligibility over a million persons, maintained on each insert of a contact or a purchase:
-- the last contact from the person, and the end of the commercial relationship (latest of the last purchase, a
-- warranty end, a contract end, the last contact).
ALTER TABLE person ADD COLUMN sector VARCHAR(100);
ALTER TABLE person ADD COLUMN generic_address BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE person ADD COLUMN last_contact_at DATE;
ALTER TABLE person ADD COLUMN relationship_end_at DATE;
