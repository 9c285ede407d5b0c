-- REG-5: the controller's identity, its DPO and the address for rights requests. One row, id = 1.
CREATE TABLE organisation (
    id                    INT          NOT NULL PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    address               VARCHAR(500) NOT NULL,
    registration_number   VARCHAR(20),
    dpo_name              VARCHAR(200),
    dpo_email             VARCHAR(254),
    dpo_phone             VARCHAR(30),
    rights_email          VARCHAR(254),
    rights_postal_address VARCHAR(500),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(200) NOT NULL,
    CONSTRAINT organisation_single_row CHECK (id = 1)
);
