-- PRO-8: the persons a campaign postponed because of the frequency cap are reached later, once they are back under
-- it, while the campaign is still open: until open_until (set when the audience has been walked); postponed_due_at is
-- when the first of them is back under the cap (null: nobody left to reach before the campaign closes).
ALTER TABLE campaign_sending ADD COLUMN open_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign_sending ADD COLUMN postponed_due_at TIMESTAMP WITH TIME ZONE;
