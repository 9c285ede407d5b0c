-- INF-1, INF-2: a form version is published with one version of the notice, and its first-level notice is drawn from
-- that version only, never from a later one mixed with an older form. Forms saved before: the version in force when
-- they were saved, or the first one if none was in force yet.
ALTER TABLE collection_form_version ADD COLUMN notice_version INT;
UPDATE collection_form_version SET notice_version = (SELECT MAX(n.version) FROM notice_version n
    WHERE n.published_at <= collection_form_version.saved_at);
UPDATE collection_form_version SET notice_version = (SELECT MIN(version) FROM notice_version)
WHERE notice_version IS NULL;
