-- REG-1, REG-2, INF-1, INF-4: what the register must say for the notice and the Art. 30 record to say what the
-- standards say. Values rewritten here only for activities still as preloaded (version 1): a DPO's change is theirs.

-- Art. 13 (1)(d), (2)(e), (2)(f) and Art. 14 (2)(f), per activity. Texts preloaded below; the DPO edits them.
ALTER TABLE register_activity ADD COLUMN legitimate_interest_fr VARCHAR(2000);
ALTER TABLE register_activity ADD COLUMN legitimate_interest_en VARCHAR(2000);
ALTER TABLE register_activity ADD COLUMN provision_fr VARCHAR(2000);
ALTER TABLE register_activity ADD COLUMN provision_en VARCHAR(2000);
ALTER TABLE register_activity ADD COLUMN automated_decision BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE register_activity ADD COLUMN automated_logic_fr VARCHAR(2000);
ALTER TABLE register_activity ADD COLUMN automated_logic_en VARCHAR(2000);
ALTER TABLE register_activity ADD COLUMN data_source_fr VARCHAR(2000);
ALTER TABLE register_activity ADD COLUMN data_source_en VARCHAR(2000);
-- Whether the customers' notice describes the activity (staff access logs concern staff, informed internally), and
-- the kind of recipient without which the activity does not take place (no partner recorded: no transmission).
ALTER TABLE register_activity ADD COLUMN public_notice BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE register_activity ADD COLUMN requires_recipient VARCHAR(30);

-- One published basis per row, chosen by the controller. `basis` is null while the standard leaves a choice open
-- ("intérêt légitime ou consentement (*)"): `options` lists the bases the standard allows, `guidance` what it says
-- about the choice. Guidance is shown to the DPO on the edit screen and never published; `condition` is the case the
-- row applies to, and is published.
ALTER TABLE register_legal_basis ALTER COLUMN basis DROP NOT NULL;
ALTER TABLE register_legal_basis ADD COLUMN options VARCHAR(100);
ALTER TABLE register_legal_basis ADD COLUMN guidance_fr VARCHAR(2000);
ALTER TABLE register_legal_basis ADD COLUMN guidance_en VARCHAR(2000);

-- Art. 30 (1)(c): the categories of data subjects, and per activity whether they are collected from someone else
-- than the person (Art. 14: the notice must then name the source).
CREATE TABLE register_subject_category (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    position INT          NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL
);
CREATE TABLE register_activity_subject (
    activity_code VARCHAR(40) NOT NULL REFERENCES register_activity (code),
    subject_code  VARCHAR(40) NOT NULL REFERENCES register_subject_category (code),
    indirect      BOOLEAN     NOT NULL,
    PRIMARY KEY (activity_code, subject_code)
);

-- A new trigger for the proofs Custodian keeps: from the end of the use the proof supports.
ALTER TABLE register_retention_rule DROP CONSTRAINT register_retention_trigger;
ALTER TABLE register_retention_rule ADD CONSTRAINT register_retention_trigger CHECK (trigger_event IN ('COLLECTION',
    'LAST_CONTACT', 'END_OF_CONTRACT', 'INCIDENT', 'REGULARISATION', 'ACCOUNT_INACTIVITY', 'ANSWER_TO_REQUEST',
    'END_OF_USE'));

INSERT INTO register_subject_category (code, position, label_fr, label_en) VALUES
('CUSTOMERS', 1, 'Clients', 'Customers'),
('PROSPECTS', 2, 'Prospects', 'Prospects'),
('DEBTORS', 3, 'Débiteurs', 'Debtors'),
('GUARANTORS', 4, 'Cautions', 'Guarantors'),
('REVIEWERS', 5, 'Auteurs d''avis', 'Reviewers'),
('APPLICANTS', 6, 'Personnes exerçant leurs droits', 'Persons exercising their rights'),
('STAFF', 7, 'Personnel habilité', 'Authorised staff');

-- IP address and browser: what Custodian keeps as proof of a consent and in the staff access log.
INSERT INTO register_data_category (code, position, label_fr, label_en, examples_fr, examples_en, sensitive) VALUES
('CONNECTION', 10, 'Données de connexion', 'Connection data',
 'Adresse IP, navigateur (agent utilisateur), date et heure, page ou formulaire d''origine.',
 'IP address, browser (user agent), date and time, page or form of origin.', FALSE);

-- The processing Custodian performs itself (REG-1). The seeds do not list these activities; where they are silent,
-- the interpretation is written next to the value.
INSERT INTO register_activity (code, position, name_fr, name_en, description_fr, description_en, source, version,
    updated_at, updated_by, public_notice, requires_recipient) VALUES
('CONSENT_PROOFS', 11, 'Preuve des consentements et des oppositions', 'Proof of consents and objections',
 'Conservation de la preuve de chaque consentement donné ou retiré et de chaque opposition : qui, quand, comment (formulaire et version, texte affiché, source, adresse IP, navigateur).',
 'Keeping the proof of every consent given or withdrawn and of every objection: who, when, how (form and version, text shown, source, IP address, browser).',
 'Custodian (art. 7.1 RGPD ; 000 §6)', 1, CURRENT_TIMESTAMP, 'custodian', TRUE, NULL),
('SUPPRESSION_LIST', 12, 'Liste d''opposition', 'Suppression list',
 'Liste des personnes qui se sont opposées à la prospection, consultée avant chaque envoi, y compris après l''effacement de leur fiche (sous forme d''empreinte).',
 'List of the persons who objected to prospecting, checked before every sending, including after their record was erased (as a keyed hash).',
 'Custodian (art. 21.3 RGPD ; art. L. 34-5 CPCE ; 000 §9)', 1, CURRENT_TIMESTAMP, 'custodian', TRUE, NULL),
('RIGHTS_REQUESTS', 13, 'Demandes d''exercice des droits', 'Rights requests',
 'Réception, suivi et réponse aux demandes d''accès, de rectification, d''effacement, de limitation, de portabilité et d''opposition, et conservation de la réponse à titre de preuve.',
 'Receiving, following up and answering requests for access, rectification, erasure, restriction, portability and objection, and keeping the answer as proof.',
 'Custodian (art. 12 à 22 RGPD ; 000 §7, §9)', 1, CURRENT_TIMESTAMP, 'custodian', TRUE, NULL),
('STAFF_ACCESS_LOG', 14, 'Journal des accès du personnel', 'Staff access log',
 'Journalisation de chaque consultation, modification et export de données personnelles par le personnel (qui, quand, quoi, pourquoi), pour détecter et prouver les accès illégitimes.',
 'Logging every read, change and export of personal data by staff (who, when, what, why), to detect and prove illegitimate access.',
 'Custodian (art. 32 RGPD ; délibération CNIL 2021-122 ; SEC-3)', 1, CURRENT_TIMESTAMP, 'custodian', FALSE, NULL),
('PARTNER_TRANSMISSION', 15, 'Transmission aux partenaires', 'Transmission to partners',
 'Transmission des coordonnées des personnes qui l''ont accepté, ou ne s''y sont pas opposées, aux partenaires listés, pour leur propre prospection ; trace de chaque transmission pour relayer aux partenaires les demandes d''effacement et de limitation.',
 'Transmitting the contact details of persons who accepted it, or did not object to it, to the listed partners for their own prospecting; a trace of each transmission, to pass erasure and restriction requests on to the partners.',
 'Custodian (000 §4, §6)', 1, CURRENT_TIMESTAMP, 'custodian', TRUE, 'PARTNER');

INSERT INTO register_purpose (activity_code, position, name_fr, name_en) VALUES
('CONSENT_PROOFS', 1, 'Preuve du consentement et de l''opposition', 'Proof of consent and objection'),
('SUPPRESSION_LIST', 1, 'Respect des oppositions à la prospection', 'Honouring objections to prospecting'),
('RIGHTS_REQUESTS', 1, 'Réponse aux demandes d''exercice des droits', 'Answering rights requests'),
('STAFF_ACCESS_LOG', 1, 'Traçabilité des accès aux données personnelles', 'Traceability of access to personal data'),
('PARTNER_TRANSMISSION', 1, 'Transmission aux partenaires pour leur propre prospection', 'Transmission to partners for their own prospecting');

-- Legal bases of the rows, rewritten for activities still as preloaded: a staging table, then one insert joined on
-- the activities at version 1 (the same SQL on H2 and PostgreSQL).
CREATE TABLE register_legal_basis_v20 (
    activity_code VARCHAR(40)   NOT NULL,
    position      INT           NOT NULL,
    basis         VARCHAR(30),
    options       VARCHAR(100),
    condition_fr  VARCHAR(1000),
    condition_en  VARCHAR(1000),
    guidance_fr   VARCHAR(2000),
    guidance_en   VARCHAR(2000)
);
INSERT INTO register_legal_basis_v20 VALUES
('CONTRACT_MANAGEMENT', 1, 'CONTRACT', NULL, NULL, NULL, NULL, NULL),
('LOYALTY', 1, 'CONTRACT', NULL, NULL, NULL, NULL, NULL),
('ACCOUNTING', 1, 'LEGAL_OBLIGATION', NULL,
 'Obligations comptables et fiscales ; vérification de l''identité de la personne.',
 'Accounting and tax obligations; verification of the person''s identity.', NULL, NULL),
-- 000 §4 has no row for d): the choice is the controller's; the nearest row (sales statistics) is given as guidance.
('FINANCIAL_STATISTICS', 1, NULL, 'LEGITIMATE_INTEREST,CONSENT', NULL, NULL,
 'Le tableau du référentiel (000 §4) ne cite pas cette finalité. Pour les statistiques de ventes, finalité voisine, il retient l''intérêt légitime de l''organisme. Choisissez la base la plus appropriée à votre traitement.',
 'The standard''s table (000 §4) does not list this purpose. For sales statistics, the nearest purpose, it gives the organisation''s legitimate interest. Choose the basis most appropriate to your processing.'),
('CUSTOMER_RELATIONSHIP', 1, NULL, 'LEGITIMATE_INTEREST,CONSENT',
 'Enquêtes de satisfaction.', 'Satisfaction surveys.',
 '000 §4 : intérêt légitime de l''organisme ou consentement (*). (*) Il appartient au responsable de traitement de déterminer, selon les caractéristiques du traitement, la base légale la plus appropriée.',
 '000 §4: legitimate interest of the organisation or consent (*). (*) It is up to the controller to determine, depending on the characteristics of the processing, the most appropriate legal basis.'),
('CUSTOMER_RELATIONSHIP', 2, 'CONTRACT', NULL,
 'Gestion des réclamations et service après-vente.', 'Complaints management and after-sales service.', NULL, NULL),
('CUSTOMER_STUDIES', 1, NULL, 'LEGITIMATE_INTEREST,CONSENT',
 'Études sur la qualité des produits et tests de produits.', 'Product quality studies and product testing.',
 '000 §4 : intérêt légitime de l''organisme ou consentement (*). (*) Il appartient au responsable de traitement de déterminer, selon les caractéristiques du traitement, la base légale la plus appropriée.',
 '000 §4: legitimate interest of the organisation or consent (*). (*) It is up to the controller to determine, depending on the characteristics of the processing, the most appropriate legal basis.'),
('CUSTOMER_STUDIES', 2, 'LEGITIMATE_INTEREST', NULL, 'Statistiques de ventes.', 'Sales statistics.', NULL, NULL),
-- 000 §4 g) with the conditions of art. L. 34-5 CPCE (seed 003) and of L. 223-1 Consumer Code (PRO-4).
('PROSPECTING', 1, 'CONSENT', NULL,
 'Consommateurs, par courrier électronique, SMS, télécopie ou automate d''appel sans intervention humaine, pour des biens ou services qu''ils n''ont pas déjà achetés : consentement préalable (art. L. 34-5 du CPCE).',
 'Consumers, by e-mail, SMS, fax or automated calls without human intervention, for goods or services they have not already bought: prior consent (art. L. 34-5 CPCE).', NULL, NULL),
('PROSPECTING', 2, NULL, 'LEGITIMATE_INTEREST,CONSENT',
 'Clients, par courrier électronique ou SMS, pour des produits ou services analogues fournis par notre organisation : seulement si leurs coordonnées ont été recueillies auprès d''eux à l''occasion d''une vente ou d''une prestation, et si la possibilité de s''opposer, sans frais et simplement, leur a été offerte lors de la collecte et dans chaque message (art. L. 34-5 du CPCE).',
 'Customers, by e-mail or SMS, for similar products or services supplied by our organisation: only if their contact details were collected from them at a sale or a service, and if they were offered a free and simple way to object at collection and in every message (art. L. 34-5 CPCE).',
 '000 §4 : intérêt légitime de l''organisme ou consentement (*). L''exception au consentement (« soft opt-in ») ne vaut que si ses trois conditions sont réunies ; à défaut, seule la ligne « consentement » s''applique.',
 '000 §4: legitimate interest of the organisation or consent (*). The exception to consent ("soft opt-in") holds only when its three conditions are met; otherwise only the "consent" row applies.'),
('PROSPECTING', 3, NULL, 'LEGITIMATE_INTEREST,CONSENT',
 'Professionnels, par courrier électronique, courrier postal ou téléphone : seulement si l''objet de la sollicitation est en rapport avec leur profession, qu''ils en ont été informés et peuvent s''y opposer ; la télécopie et l''automate d''appel restent soumis au consentement.',
 'Professionals, by e-mail, post or telephone: only if the subject of the message relates to their profession, they were informed and can object; fax and automated calls still need consent.',
 '000 §4 : intérêt légitime ou consentement (*). Délibération NESTOR (003) : l''exemption vaut seulement si (i) l''objet est en rapport avec la profession, (ii) la personne a été informée, (iii) elle peut s''opposer.',
 '000 §4: legitimate interest or consent (*). NESTOR decision (003): the exemption holds only if (i) the subject relates to the profession, (ii) the person was informed, (iii) they can object.'),
('PROSPECTING', 4, NULL, 'LEGITIMATE_INTEREST,CONSENT',
 'Consommateurs, par courrier postal.', 'Consumers, by post.',
 '000 §4 : intérêt légitime de l''organisme ou consentement (*), la personne pouvant s''opposer à tout moment.',
 '000 §4: legitimate interest of the organisation or consent (*), the person being able to object at any time.'),
-- PRO-4: the rule depends on the date of the call; the basis in force since 11 August 2026 is consent.
('PROSPECTING', 5, 'CONSENT', NULL,
 'Consommateurs, par téléphone avec intervention humaine : depuis le 11 août 2026, consentement préalable et prouvable, sauf appels en lien avec un contrat en cours (art. L. 223-1 du code de la consommation) ; jusqu''au 10 août 2026, intérêt légitime, sauf opposition et inscription sur la liste Bloctel.',
 'Consumers, by telephone with human intervention: since 11 August 2026, prior and provable consent, except calls about a contract in progress (art. L. 223-1 Consumer Code); until 10 August 2026, legitimate interest, unless the person objected or is registered with Bloctel.', NULL, NULL),
('OPINIONS', 1, NULL, 'LEGITIMATE_INTEREST,CONSENT', NULL, NULL,
 'Le tableau du référentiel (000 §4) ne cite pas cette finalité. Pour les enquêtes de satisfaction, finalité voisine, il laisse le choix entre l''intérêt légitime et le consentement (*).',
 'The standard''s table (000 §4) does not list this purpose. For satisfaction surveys, the nearest purpose, it leaves the choice between legitimate interest and consent (*).'),
('UNPAID_RECORDING', 1, NULL, 'CONTRACT,LEGITIMATE_INTEREST', NULL, NULL,
 '001 §4 : l''exécution du contrat semble la base la plus appropriée ; l''intérêt légitime ne peut pas être exclu.',
 '001 §4: performance of the contract seems the most appropriate basis; legitimate interest cannot be ruled out.'),
('UNPAID_EXCLUSION', 1, NULL, 'CONTRACT,LEGITIMATE_INTEREST', NULL, NULL,
 '001 §4 : si l''exclusion est décidée de manière entièrement automatisée, seule l''exécution du contrat est possible (art. 22.2.a du RGPD) ; l''intérêt légitime seulement si une personne examine chaque cas.',
 '001 §4: if the exclusion is decided by fully automated means, only performance of the contract is possible (Art. 22(2)(a) GDPR); legitimate interest only if a person examines each case.'),
-- Art. 7(1) GDPR: the controller must be able to demonstrate consent; Art. 21(3): objections must be honoured.
('CONSENT_PROOFS', 1, 'LEGAL_OBLIGATION', NULL, 'Démontrer le consentement (art. 7.1 du RGPD).', 'Demonstrating consent (Art. 7(1) GDPR).', NULL, NULL),
('SUPPRESSION_LIST', 1, 'LEGAL_OBLIGATION', NULL, 'Respecter l''opposition à la prospection (art. 21.3 du RGPD, art. L. 34-5 du CPCE).', 'Honouring objections to prospecting (Art. 21(3) GDPR, art. L. 34-5 CPCE).', NULL, NULL),
('RIGHTS_REQUESTS', 1, 'LEGAL_OBLIGATION', NULL, 'Répondre aux demandes dans un délai d''un mois (art. 12 du RGPD).', 'Answering requests within one month (Art. 12 GDPR).', NULL, NULL),
('STAFF_ACCESS_LOG', 1, 'LEGAL_OBLIGATION', NULL, 'Sécurité du traitement (art. 32 du RGPD).', 'Security of processing (Art. 32 GDPR).', NULL, NULL),
-- 000 §6: consent for the partners' electronic prospecting, collected on their behalf; opposition otherwise.
('PARTNER_TRANSMISSION', 1, 'CONSENT', NULL, 'Pour la prospection électronique des partenaires.', 'For the partners'' electronic prospecting.', NULL, NULL),
('PARTNER_TRANSMISSION', 2, 'LEGITIMATE_INTEREST', NULL, 'Pour la prospection postale des partenaires, sauf opposition offerte lors de la collecte.', 'For the partners'' postal prospecting, unless the person objected when offered at collection.', NULL, NULL);

DELETE FROM register_legal_basis
WHERE activity_code IN (SELECT code FROM register_activity WHERE version = 1);
INSERT INTO register_legal_basis (activity_code, position, basis, options, condition_fr, condition_en, guidance_fr,
    guidance_en)
SELECT s.activity_code, s.position, s.basis, s.options, s.condition_fr, s.condition_en, s.guidance_fr, s.guidance_en
FROM register_legal_basis_v20 s
JOIN register_activity a ON a.code = s.activity_code AND a.version = 1;
DROP TABLE register_legal_basis_v20;

-- Art. 13 (1)(d): the interests pursued, where legitimate interest is a basis or an option.
UPDATE register_activity SET
    legitimate_interest_fr = 'Mesurer les résultats financiers de notre activité à partir des commandes.',
    legitimate_interest_en = 'Measuring the financial results of our business from the orders.'
WHERE code = 'FINANCIAL_STATISTICS';
UPDATE register_activity SET
    legitimate_interest_fr = 'Connaître la satisfaction de nos clients pour améliorer nos produits et services.',
    legitimate_interest_en = 'Knowing our customers'' satisfaction in order to improve our products and services.'
WHERE code = 'CUSTOMER_RELATIONSHIP';
UPDATE register_activity SET
    legitimate_interest_fr = 'Améliorer la qualité de nos produits et suivre nos ventes.',
    legitimate_interest_en = 'Improving the quality of our products and following our sales.'
WHERE code = 'CUSTOMER_STUDIES';
UPDATE register_activity SET
    legitimate_interest_fr = 'Faire connaître nos produits et services à nos clients et prospects (considérant 47 du RGPD : la prospection peut constituer un intérêt légitime).',
    legitimate_interest_en = 'Making our products and services known to our customers and prospects (recital 47 GDPR: direct marketing may be a legitimate interest).'
WHERE code = 'PROSPECTING';
UPDATE register_activity SET
    legitimate_interest_fr = 'Publier des avis authentiques sur nos produits, services et contenus.',
    legitimate_interest_en = 'Publishing genuine opinions on our products, services and content.'
WHERE code = 'OPINIONS';
UPDATE register_activity SET
    legitimate_interest_fr = 'Recouvrer nos créances et nous prémunir contre de nouveaux impayés.',
    legitimate_interest_en = 'Recovering our debts and protecting ourselves against new unpaid debts.'
WHERE code IN ('UNPAID_RECORDING', 'UNPAID_EXCLUSION');
UPDATE register_activity SET
    legitimate_interest_fr = 'Permettre à des partenaires choisis de présenter leurs offres aux personnes qui ne s''y sont pas opposées.',
    legitimate_interest_en = 'Allowing selected partners to present their offers to persons who did not object.'
WHERE code = 'PARTNER_TRANSMISSION';

-- Art. 13 (2)(e): whether giving the data is required, and what happens if not. The seeds are silent; these
-- sentences follow each activity's basis (contract: needed to contract; legal obligation: required by law).
UPDATE register_activity SET provision_fr = 'Les données demandées pour passer commande sont nécessaires à la conclusion et à l''exécution du contrat : sans elles, nous ne pouvons pas traiter la commande.',
    provision_en = 'The data asked for to place an order are needed to conclude and perform the contract: without them, we cannot process the order.' WHERE code = 'CONTRACT_MANAGEMENT';
UPDATE register_activity SET provision_fr = 'Les données demandées sont nécessaires à l''adhésion au programme : sans elles, vous ne pouvez pas en bénéficier.',
    provision_en = 'The data asked for are needed to join the programme: without them, you cannot benefit from it.' WHERE code = 'LOYALTY';
UPDATE register_activity SET provision_fr = 'La loi nous impose de tenir ces données (obligations comptables et fiscales) : sans elles, nous ne pouvons pas établir la facture.',
    provision_en = 'The law requires us to keep these data (accounting and tax obligations): without them, we cannot issue the invoice.' WHERE code = 'ACCOUNTING';
UPDATE register_activity SET provision_fr = 'Aucune donnée ne vous est demandée pour cette finalité : elle utilise les données de vos commandes.',
    provision_en = 'No data is asked of you for this purpose: it uses the data of your orders.' WHERE code = 'FINANCIAL_STATISTICS';
UPDATE register_activity SET provision_fr = 'Répondre à une enquête est facultatif et sans conséquence. Pour une réclamation ou le service après-vente, vos coordonnées sont nécessaires pour vous répondre.',
    provision_en = 'Answering a survey is optional and has no consequence. For a complaint or after-sales service, your contact details are needed to answer you.' WHERE code = 'CUSTOMER_RELATIONSHIP';
UPDATE register_activity SET provision_fr = 'Participer est facultatif : ne pas participer n''a aucune conséquence.',
    provision_en = 'Taking part is optional: not taking part has no consequence.' WHERE code = 'CUSTOMER_STUDIES';
UPDATE register_activity SET provision_fr = 'Facultatif : sans vos coordonnées, vous ne recevez simplement pas nos offres.',
    provision_en = 'Optional: without your contact details, you simply do not receive our offers.' WHERE code = 'PROSPECTING';
UPDATE register_activity SET provision_fr = 'Facultatif : sans ces données, votre avis ne peut pas être publié.',
    provision_en = 'Optional: without these data, your opinion cannot be published.' WHERE code = 'OPINIONS';
UPDATE register_activity SET provision_fr = 'Ces données proviennent du contrat et de son exécution ; elles sont nécessaires au recouvrement de la créance.',
    provision_en = 'These data come from the contract and its performance; they are needed to recover the debt.' WHERE code IN ('UNPAID_RECORDING', 'UNPAID_EXCLUSION');
UPDATE register_activity SET provision_fr = 'Ces données sont enregistrées quand vous donnez ou retirez un consentement, ou vous opposez : sans elles, votre choix ne peut pas être enregistré.',
    provision_en = 'These data are recorded when you give or withdraw a consent, or object: without them, your choice cannot be recorded.' WHERE code = 'CONSENT_PROOFS';
UPDATE register_activity SET provision_fr = 'Ces données sont nécessaires pour respecter votre opposition : sans elles, nous ne pourrions pas vous exclure de nos envois.',
    provision_en = 'These data are needed to honour your objection: without them, we could not exclude you from our mailings.' WHERE code = 'SUPPRESSION_LIST';
UPDATE register_activity SET provision_fr = 'Les informations demandées sont nécessaires pour vous identifier et répondre à votre demande : sans elles, nous ne pouvons pas y donner suite.',
    provision_en = 'The information asked for is needed to identify you and answer your request: without it, we cannot act on it.' WHERE code = 'RIGHTS_REQUESTS';
UPDATE register_activity SET provision_fr = 'Enregistré automatiquement pour chaque accès du personnel ; obligatoire pour utiliser l''application.',
    provision_en = 'Recorded automatically for every staff access; required to use the application.' WHERE code = 'STAFF_ACCESS_LOG';
UPDATE register_activity SET provision_fr = 'Facultatif : sans votre accord (ou si vous vous y opposez), vos données ne sont transmises à aucun partenaire.',
    provision_en = 'Optional: without your agreement (or if you object), your data are passed to no partner.' WHERE code = 'PARTNER_TRANSMISSION';

-- Art. 13 (2)(f), 001 §4 and §9: the exclusion for unpaid debts may be decided automatically.
UPDATE register_activity SET automated_decision = TRUE,
    automated_logic_fr = 'Lors d''une nouvelle commande, nous vérifions si vous figurez au fichier des impayés non régularisés ; si c''est le cas, la commande est refusée. Vous pouvez obtenir l''intervention d''une personne, présenter votre point de vue et contester la décision.',
    automated_logic_en = 'When you place a new order, we check whether you are listed in the file of unpaid debts not regularised; if so, the order is refused. You may obtain human intervention, express your point of view and contest the decision.'
WHERE code = 'UNPAID_EXCLUSION';

-- Art. 30 (1)(c): data subjects per activity. 001 §5 a): the debtor and any guarantors. All are collected from the
-- person by default; the DPO marks a category collected from a third party (bought list, partner), and must then
-- name the source (Art. 14, INF-4).
INSERT INTO register_activity_subject (activity_code, subject_code, indirect) VALUES
('CONTRACT_MANAGEMENT', 'CUSTOMERS', FALSE),
('LOYALTY', 'CUSTOMERS', FALSE),
('ACCOUNTING', 'CUSTOMERS', FALSE),
('FINANCIAL_STATISTICS', 'CUSTOMERS', FALSE),
('CUSTOMER_RELATIONSHIP', 'CUSTOMERS', FALSE),
('CUSTOMER_STUDIES', 'CUSTOMERS', FALSE),
('PROSPECTING', 'CUSTOMERS', FALSE),
('PROSPECTING', 'PROSPECTS', FALSE),
('OPINIONS', 'REVIEWERS', FALSE),
('UNPAID_RECORDING', 'DEBTORS', FALSE),
('UNPAID_RECORDING', 'GUARANTORS', FALSE),
('UNPAID_EXCLUSION', 'DEBTORS', FALSE),
('UNPAID_EXCLUSION', 'GUARANTORS', FALSE),
('CONSENT_PROOFS', 'CUSTOMERS', FALSE),
('CONSENT_PROOFS', 'PROSPECTS', FALSE),
('SUPPRESSION_LIST', 'CUSTOMERS', FALSE),
('SUPPRESSION_LIST', 'PROSPECTS', FALSE),
('RIGHTS_REQUESTS', 'APPLICANTS', FALSE),
('STAFF_ACCESS_LOG', 'STAFF', FALSE),
('PARTNER_TRANSMISSION', 'CUSTOMERS', FALSE),
('PARTNER_TRANSMISSION', 'PROSPECTS', FALSE);

-- REG-1 over-reach: 000 §5 allows sensitive data only when the goods themselves imply it, with the person's consent:
-- an opt-in the DPO makes with a justification, not a preload. Statistics are computed from orders, not means of
-- payment (000 §5 table: payment data serve the contract and the accounts).
DELETE FROM register_activity_category WHERE activity_code = 'CONTRACT_MANAGEMENT' AND category_code = 'SENSITIVE';
DELETE FROM register_activity_category WHERE activity_code = 'FINANCIAL_STATISTICS' AND category_code = 'PAYMENT';

INSERT INTO register_activity_category (activity_code, category_code, note_fr, note_en) VALUES
('CONSENT_PROOFS', 'IDENTITY', 'Adresse électronique ou numéro concerné par le choix.', 'E-mail address or number the choice is about.'),
('CONSENT_PROOFS', 'CONNECTION', NULL, NULL),
('SUPPRESSION_LIST', 'IDENTITY', 'Adresse électronique, numéro de téléphone ou adresse postale, puis leur empreinte après effacement de la fiche.', 'E-mail address, phone number or postal address, then their keyed hash once the record is erased.'),
('RIGHTS_REQUESTS', 'IDENTITY', NULL, NULL),
('RIGHTS_REQUESTS', 'RELATIONSHIP_FOLLOW_UP', 'La demande, les échanges et la réponse.', 'The request, the exchanges and the answer.'),
('STAFF_ACCESS_LOG', 'IDENTITY', 'Identifiant du membre du personnel.', 'Identifier of the staff member.'),
('STAFF_ACCESS_LOG', 'CONNECTION', NULL, NULL),
('PARTNER_TRANSMISSION', 'IDENTITY', 'Coordonnées transmises.', 'Contact details transmitted.');

INSERT INTO register_activity_recipient (activity_code, position, kind, description_fr, description_en) VALUES
('CONSENT_PROOFS', 1, 'INTERNAL_SERVICE', 'Personnes habilitées des services internes, au regard de leurs attributions.', 'Authorised staff of the internal departments, according to their duties.'),
('CONSENT_PROOFS', 2, 'CONTROL_AUTHORITY', 'La CNIL et les juridictions, sur demande, comme preuve.', 'The CNIL and the courts, on request, as proof.'),
('SUPPRESSION_LIST', 1, 'INTERNAL_SERVICE', 'Personnes habilitées des services internes, au regard de leurs attributions.', 'Authorised staff of the internal departments, according to their duties.'),
('SUPPRESSION_LIST', 2, 'PROCESSOR', 'Sous-traitants chargés des envois, pour en exclure les personnes opposées.', 'Processors sending mailings, to exclude the persons who objected.'),
('RIGHTS_REQUESTS', 1, 'INTERNAL_SERVICE', 'Le délégué à la protection des données et les personnes habilitées.', 'The data protection officer and authorised staff.'),
('RIGHTS_REQUESTS', 2, 'CONTROL_AUTHORITY', 'La CNIL, en cas de réclamation ou de contrôle.', 'The CNIL, in case of complaint or inspection.'),
('STAFF_ACCESS_LOG', 1, 'INTERNAL_SERVICE', 'Le délégué à la protection des données et les administrateurs.', 'The data protection officer and the administrators.'),
('STAFF_ACCESS_LOG', 2, 'CONTROL_AUTHORITY', 'La CNIL et les autorités judiciaires, sur demande.', 'The CNIL and the judicial authorities, on request.'),
('PARTNER_TRANSMISSION', 1, 'INTERNAL_SERVICE', 'Personnes habilitées du service marketing, qui préparent la transmission.', 'Authorised staff of the marketing department, who prepare the transmission.'),
('PARTNER_TRANSMISSION', 2, 'PARTNER', 'Partenaires commerciaux listés, pour leur propre prospection.', 'Listed business partners, for their own prospecting.');

-- Retention. The seeds give 000 §7 for rights requests (until the answer; the answer as proof within the limitation
-- period) and CNIL deliberation 2021-122 for logs (6 months to 1 year). They are silent on consent proofs,
-- suppression lists and transmissions: 5 years = the civil limitation period (art. 2224 Code civil) from the end of the
-- use the proof supports; 3 years = the prospecting period of 000 §7 for a transmission trace.
INSERT INTO register_retention_rule (activity_code, position, scope_fr, scope_en, duration, trigger_event, end_action, note_fr, note_en) VALUES
('CONSENT_PROOFS', 1, 'Preuve d''un consentement ou d''une opposition', 'Proof of a consent or an objection', 'P5Y', 'END_OF_USE', 'DELETE',
 'Tant que le consentement ou l''opposition produit effet, puis cinq ans (prescription civile) pour pouvoir le prouver.',
 'As long as the consent or objection has effect, then five years (civil limitation period) to be able to prove it.'),
('SUPPRESSION_LIST', 1, 'Opposition à la prospection', 'Objection to prospecting', 'P3Y', 'COLLECTION', 'ANONYMISE',
 'Trois ans en clair à compter de l''opposition, puis sous forme d''empreinte, pour ne plus jamais démarcher la personne (PRO-3).',
 'Three years in clear from the objection, then as a keyed hash, so that the person is never canvassed again (PRO-3).'),
('RIGHTS_REQUESTS', 1, 'Demande et réponse', 'Request and answer', 'P5Y', 'ANSWER_TO_REQUEST', 'DELETE',
 'La demande est conservée jusqu''à la réponse ; la réponse est gardée comme preuve dans la limite de la prescription (cinq ans, prescription civile).',
 'The request is kept until the answer; the answer is kept as proof within the limitation period (five years, civil limitation).'),
('RIGHTS_REQUESTS', 2, 'Justificatif d''identité', 'Identity proof', 'P0D', 'ANSWER_TO_REQUEST', 'DELETE',
 'Supprimé dès que la demande a été satisfaite, sauf risque contentieux fort documenté au cas par cas (000 §7).',
 'Deleted as soon as the request has been granted, except where a strong risk of litigation is documented case by case (000 §7).'),
('STAFF_ACCESS_LOG', 1, 'Entrées du journal', 'Log entries', 'P1Y', 'COLLECTION', 'DELETE',
 'Six mois à un an selon la délibération CNIL 2021-122 ; jusqu''à trois ans avec une raison documentée.',
 'Six months to one year under CNIL deliberation 2021-122; up to three years with a documented reason.'),
('PARTNER_TRANSMISSION', 1, 'Trace de la transmission', 'Trace of the transmission', 'P3Y', 'COLLECTION', 'DELETE',
 'Trois ans à compter de la transmission, durée pendant laquelle le partenaire peut prospecter la personne et doit recevoir ses demandes d''effacement (000 §6, §7).',
 'Three years from the transmission, the period during which the partner may canvass the person and must receive their erasure requests (000 §6, §7).');

INSERT INTO register_activity_version (activity_code, version, changed_at, changed_by, justification, changes, snapshot)
SELECT code, 1, CURRENT_TIMESTAMP, 'custodian', 'Traitement réalisé par Custodian (' || source || ')', NULL, NULL
FROM register_activity WHERE position > 10;
