-- RET-1, PRO-6 (issue 11 §4): the day the person's data was collected, which a company moving to Custodian brings
-- from its old file (the import, the persons API, the screens), so that the 3-year clocks run on real dates from the
-- first day instead of the day the row was written. The persons already stored were collected, as far as Custodian
-- knows, the day their row was created.
ALTER TABLE person ADD COLUMN collected_at DATE;
UPDATE person SET collected_at = CAST(created_at AS DATE);
ALTER TABLE person ALTER COLUMN collected_at SET NOT NULL;

-- The prospecting summary (V41) keeps the collection day instead of comparing the row's creation: emptied here and
-- built whole by its next refresh (a null refreshed_at says so), which fills the new column.
DELETE FROM prospect_summary;
UPDATE prospect_summary_mark SET refreshed_at = NULL, consent_seq = 0, soft_seq = 0, summary_rows = 0 WHERE id = 1;
ALTER TABLE prospect_summary ADD COLUMN collected_at DATE NOT NULL;
