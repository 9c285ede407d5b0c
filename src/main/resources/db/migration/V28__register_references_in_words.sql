-- Issue 8: the register's texts name the CNIL texts in words, not by the file names of the seeds ("000 §3 a)").
-- 000 = référentiel « gestion commerciale » (délibération 2021-131 du 23 septembre 2021); 001 = référentiel
-- « gestion des impayés »; 003 = délibération SAN-2020-018 du 8 décembre 2020 (NESTOR). Requirement ids go too.
-- The stored versions (baseline and later snapshots) get the same words, so that no deviation appears that the
-- DPO did not make.

ALTER TABLE register_activity ALTER COLUMN source SET DATA TYPE VARCHAR(300);

UPDATE register_activity SET source =
    REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(source,
        '000 §3 ', 'Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 '),
        '001 §3 ', 'Référentiel CNIL « gestion des impayés », § 3 '),
        '(000 §', '(référentiel CNIL « gestion commerciale », § '),
        '; 000 §', '; référentiel CNIL « gestion commerciale », § '),
        ', §6)', ', § 6)'),
        ', §9)', ', § 9)'),
        ' ; SEC-3)', ')');

-- Legal bases: their conditions and the standard's guidance, French and English.
UPDATE register_legal_basis SET
    condition_fr = REPLACE(REPLACE(REPLACE(REPLACE(condition_fr,
        'Le tableau du référentiel (000 §4)', 'Le tableau du référentiel CNIL « gestion commerciale » (§ 4)'),
        '000 §4 : ', 'Référentiel CNIL « gestion commerciale », § 4 : '),
        '001 §4 : ', 'Référentiel CNIL « gestion des impayés », § 4 : '),
        'Délibération NESTOR (003)', 'Délibération CNIL SAN-2020-018 du 8 décembre 2020 (société NESTOR)'),
    condition_en = REPLACE(REPLACE(REPLACE(REPLACE(condition_en,
        'The standard''s table (000 §4)', 'The table of the CNIL standard on commercial management (§ 4)'),
        '000 §4: ', 'CNIL standard on commercial management, § 4: '),
        '001 §4: ', 'CNIL standard on unpaid debts, § 4: '),
        'NESTOR decision (003)', 'CNIL decision SAN-2020-018 of 8 December 2020 (NESTOR)'),
    guidance_fr = REPLACE(REPLACE(REPLACE(REPLACE(guidance_fr,
        'Le tableau du référentiel (000 §4)', 'Le tableau du référentiel CNIL « gestion commerciale » (§ 4)'),
        '000 §4 : ', 'Référentiel CNIL « gestion commerciale », § 4 : '),
        '001 §4 : ', 'Référentiel CNIL « gestion des impayés », § 4 : '),
        'Délibération NESTOR (003)', 'Délibération CNIL SAN-2020-018 du 8 décembre 2020 (société NESTOR)'),
    guidance_en = REPLACE(REPLACE(REPLACE(REPLACE(guidance_en,
        'The standard''s table (000 §4)', 'The table of the CNIL standard on commercial management (§ 4)'),
        '000 §4: ', 'CNIL standard on commercial management, § 4: '),
        '001 §4: ', 'CNIL standard on unpaid debts, § 4: '),
        'NESTOR decision (003)', 'CNIL decision SAN-2020-018 of 8 December 2020 (NESTOR)');

-- Notes of data categories and retention rules: "(000 §5 e)" and the like at the end of a sentence.
UPDATE register_activity_category SET note_fr =
    REPLACE(REPLACE(note_fr,
        '(000 §', '(référentiel CNIL « gestion commerciale », § '),
        '(001 §', '(référentiel CNIL « gestion des impayés », § '),
    note_en =
    REPLACE(REPLACE(note_en,
        '(000 §', '(CNIL standard on commercial management, § '),
        '(001 §', '(CNIL standard on unpaid debts, § ');

UPDATE register_retention_rule SET note_fr =
    REPLACE(REPLACE(REPLACE(REPLACE(note_fr,
        '(000 §', '(référentiel CNIL « gestion commerciale », § '),
        '(001 §', '(référentiel CNIL « gestion des impayés », § '),
        ', §7)', ', § 7)'),
        ' (PRO-3).', '.'),
    note_en =
    REPLACE(REPLACE(REPLACE(REPLACE(note_en,
        '(000 §', '(CNIL standard on commercial management, § '),
        '(001 §', '(CNIL standard on unpaid debts, § '),
        ', §7)', ', § 7)'),
        ' (PRO-3).', '.');

-- The versions hold the conditions (French and English) and the sensitive-data note (French) as JSON text; the
-- English patterns first, as the French "(000 §" would also match inside them.
UPDATE register_activity_version SET
    snapshot = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(snapshot,
        'The standard''s table (000 §4)', 'The table of the CNIL standard on commercial management (§ 4)'),
        '000 §4: ', 'CNIL standard on commercial management, § 4: '),
        '001 §4: ', 'CNIL standard on unpaid debts, § 4: '),
        'NESTOR decision (003)', 'CNIL decision SAN-2020-018 of 8 December 2020 (NESTOR)'),
        'Le tableau du référentiel (000 §4)', 'Le tableau du référentiel CNIL « gestion commerciale » (§ 4)'),
        '000 §4 : ', 'Référentiel CNIL « gestion commerciale », § 4 : '),
        '001 §4 : ', 'Référentiel CNIL « gestion des impayés », § 4 : '),
        'Délibération NESTOR (003)', 'Délibération CNIL SAN-2020-018 du 8 décembre 2020 (société NESTOR)'),
        '(000 §', '(référentiel CNIL « gestion commerciale », § '),
        '(001 §', '(référentiel CNIL « gestion des impayés », § '),
    changes = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(changes,
        'The standard''s table (000 §4)', 'The table of the CNIL standard on commercial management (§ 4)'),
        '000 §4: ', 'CNIL standard on commercial management, § 4: '),
        '001 §4: ', 'CNIL standard on unpaid debts, § 4: '),
        'NESTOR decision (003)', 'CNIL decision SAN-2020-018 of 8 December 2020 (NESTOR)'),
        'Le tableau du référentiel (000 §4)', 'Le tableau du référentiel CNIL « gestion commerciale » (§ 4)'),
        '000 §4 : ', 'Référentiel CNIL « gestion commerciale », § 4 : '),
        '001 §4 : ', 'Référentiel CNIL « gestion des impayés », § 4 : '),
        'Délibération NESTOR (003)', 'Délibération CNIL SAN-2020-018 du 8 décembre 2020 (société NESTOR)'),
        '(000 §', '(référentiel CNIL « gestion commerciale », § '),
        '(001 §', '(référentiel CNIL « gestion des impayés », § ');

-- The preloaded version 1 named its source by code; it takes the source's words written above.
UPDATE register_activity_version SET justification = (
        SELECT 'Valeurs préchargées : ' || a.source FROM register_activity a WHERE a.code = register_activity_version.activity_code)
    WHERE version = 1 AND changed_by = 'custodian' AND justification LIKE 'Valeurs du référentiel CNIL (%';
UPDATE register_activity_version SET justification = (
        SELECT 'Traitement réalisé par ' || a.source FROM register_activity a WHERE a.code = register_activity_version.activity_code)
    WHERE version = 1 AND changed_by = 'custodian' AND justification LIKE 'Traitement réalisé par Custodian (%';
