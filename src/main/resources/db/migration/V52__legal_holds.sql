-- RET-5: the legal holds. A documented hold (reason, the staff member responsible, an end date or a review date) on a
-- person or on a rights request suspends its deletion by the retention sweep, which skips what is held and reports
-- it. Several holds may name the same record; a hold is released once, with a reason, and stays as the history.
-- A person that a hold names is not deleted behind its back: no cascade (the personal-data holder of retention
-- deletes a person's holds when the DPO erases the person, after the person page has shown them). A rights request is
-- deleted only by the sweep, which never deletes a held one: its released holds, their history, go with it.
CREATE TABLE legal_hold (
    id                UUID          NOT NULL PRIMARY KEY,
    person_id         UUID          REFERENCES person (id),
    rights_request_id UUID          REFERENCES rights_request (id) ON DELETE CASCADE,
    reason            VARCHAR(2000) NOT NULL,
    -- the login of the staff member responsible for the hold (not necessarily who placed it)
    owner             VARCHAR(200)  NOT NULL,
    -- the hold no longer holds after this day
    end_on            DATE,
    -- the hold still holds after this day, but is due for review
    review_on         DATE,
    placed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    placed_by         VARCHAR(200)  NOT NULL,
    released_at       TIMESTAMP WITH TIME ZONE,
    released_by       VARCHAR(200),
    release_reason    VARCHAR(2000),
    CONSTRAINT legal_hold_one_target CHECK ((person_id IS NULL AND rights_request_id IS NOT NULL)
        OR (person_id IS NOT NULL AND rights_request_id IS NULL)),
    CONSTRAINT legal_hold_term CHECK (end_on IS NOT NULL OR review_on IS NOT NULL),
    CONSTRAINT legal_hold_release CHECK ((released_at IS NULL AND released_by IS NULL AND release_reason IS NULL)
        OR (released_at IS NOT NULL AND released_by IS NOT NULL AND release_reason IS NOT NULL))
);
-- "Is person X held today?" and the sweep's anti-join (LegalHolds.NOT_HELD_SQL): by person, then the open ones.
CREATE INDEX legal_hold_person_idx ON legal_hold (person_id, released_at, end_on);
CREATE INDEX legal_hold_request_idx ON legal_hold (rights_request_id, released_at, end_on);
-- The DPO's list, the latest first.
CREATE INDEX legal_hold_placed_idx ON legal_hold (placed_at);
