-- RET-5 (issue 11): a legal hold also names a person of the intermediate archive, whose archive it keeps from ending
-- while the litigation needs it (000 §7: the archive exists «to constitute evidence in the event of litigation»).
-- A hold names exactly one of: a person of the active base, a person of the archive, a rights request. The holds of an
-- archive go with it when it ends (only released or ended ones can: one in force keeps it).
ALTER TABLE legal_hold ADD COLUMN archived_person_id UUID;
ALTER TABLE legal_hold ADD CONSTRAINT legal_hold_archived_person_fk FOREIGN KEY (archived_person_id)
    REFERENCES archive_person (person_id) ON DELETE CASCADE;
ALTER TABLE legal_hold DROP CONSTRAINT legal_hold_one_target;
ALTER TABLE legal_hold ADD CONSTRAINT legal_hold_one_target CHECK (
    (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN archived_person_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN rights_request_id IS NULL THEN 0 ELSE 1 END) = 1);
-- "Is this archive held today?" and the sweep's anti-join when archives end.
CREATE INDEX legal_hold_archived_person_idx ON legal_hold (archived_person_id, released_at, end_on);
