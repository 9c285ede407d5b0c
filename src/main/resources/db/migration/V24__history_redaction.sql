-- CON-2, CON-5: the DPO redacts from a person's change history a value that must not be kept (a NIR, a card number
-- flagged for review). The values are cleared; the marker keeps who redacted, when and why.
ALTER TABLE person_change_field ADD COLUMN redacted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE person_change_field ADD COLUMN redacted_by VARCHAR(200);
ALTER TABLE person_change_field ADD COLUMN redaction_reason VARCHAR(500);
