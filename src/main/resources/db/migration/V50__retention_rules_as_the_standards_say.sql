-- RET-1, RET-2, RET-4, CON-7, PRO-6 (issue 11 §1): the preloaded retention rules say what the standards say.
-- A rule that ends in the intermediate archive says why (a legal obligation or evidence), how long the archive lasts,
-- from when, and what happens then: the data is never kept for an indefinite period (001 §7). Each rule keeps the
-- standard's own wording next to it, with its section in words. The seed of the commercial-management standard is in
-- English, the one of the unpaid-debts standard in French: the quote in the other language is marked as a translation.

ALTER TABLE register_retention_rule ADD COLUMN archive_duration VARCHAR(20);
ALTER TABLE register_retention_rule ADD COLUMN archive_trigger VARCHAR(30);
ALTER TABLE register_retention_rule ADD COLUMN archive_end_action VARCHAR(20);
ALTER TABLE register_retention_rule ADD COLUMN archive_condition VARCHAR(30);
ALTER TABLE register_retention_rule ADD COLUMN seed_quote_fr VARCHAR(2000);
ALTER TABLE register_retention_rule ADD COLUMN seed_quote_en VARCHAR(2000);

ALTER TABLE register_retention_rule DROP CONSTRAINT register_retention_trigger;
ALTER TABLE register_retention_rule ADD CONSTRAINT register_retention_trigger CHECK (trigger_event IN ('COLLECTION',
    'LAST_CONTACT', 'END_OF_CONTRACT', 'END_OF_RELATIONSHIP', 'INCIDENT', 'REGULARISATION', 'ACCOUNT_INACTIVITY',
    'ANSWER_TO_REQUEST', 'END_OF_USE', 'CONSENT_WITHDRAWN_OR_OBJECTION', 'PAYMENT_FINALISED', 'IDENTITY_CONFIRMED'));

-- The parameters of a rule (period, trigger, end action) are fixed only where they still hold the preloaded values:
-- a period the DPO chose is kept. The scope and the wording are not editable and are fixed everywhere.

-- Contract data: the contractual relationship, then the archive as evidence within the civil limitation period
-- (5 years: art. 2224 Code civil, L. 110-4 Code de commerce), then deletion.
UPDATE register_retention_rule SET archive_duration = 'P5Y', archive_trigger = 'ARCHIVING',
    archive_end_action = 'DELETE', archive_condition = 'EVIDENCE'
WHERE activity_code IN ('CONTRACT_MANAGEMENT', 'CUSTOMER_RELATIONSHIP') AND position IN (1, 2)
    AND duration = 'P0D' AND trigger_event = 'END_OF_CONTRACT' AND end_action = 'ARCHIVE';
UPDATE register_retention_rule SET
    note_fr = 'Durée de la relation contractuelle ; puis archivage intermédiaire pour se constituer une preuve en cas de contentieux, cinq ans (prescription civile : art. 2224 du Code civil, L. 110-4 du Code de commerce), puis suppression.',
    note_en = 'Duration of the contractual relationship; then intermediate archive as evidence in case of litigation, five years (civil limitation: art. 2224 Civil Code, L. 110-4 Commercial Code), then deletion.',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « Les données nécessaires à l''exécution des contrats sont conservées pendant la durée de la relation contractuelle. À la fin du contrat, elles doivent être conservées en archivage intermédiaire et pendant une durée raisonnable, si le responsable de traitement en a l''obligation légale (par exemple, pour répondre à des obligations comptables ou fiscales) ou s''il souhaite se constituer une preuve en cas de contentieux, et dans la limite du délai de prescription applicable. »',
    seed_quote_en = 'CNIL standard on commercial management, § 7: "The data necessary for the execution of contracts are kept for the duration of the contractual relationship. At the end of the contract, they must be kept in intermediate archiving and for a reasonable period, if the data controller has a legal obligation to do so (for example, to meet accounting or tax obligations) or if he wishes to constitute a evidence in the event of litigation, and within the limit of the applicable limitation period."'
WHERE activity_code = 'CONTRACT_MANAGEMENT' AND position = 1;

-- Card data: the visual cryptogram (CVV) is never stored at rest (CON-6); the card number only until the payment is
-- finalised, unless the person consents to keep it for later purchases.
UPDATE register_retention_rule SET trigger_event = 'PAYMENT_FINALISED'
WHERE activity_code = 'CONTRACT_MANAGEMENT' AND position = 2 AND duration = 'P0D' AND trigger_event = 'COLLECTION'
    AND end_action = 'DELETE';
UPDATE register_retention_rule SET
    scope_fr = 'Cryptogramme visuel de la carte bancaire (CVV), jamais enregistré par Custodian',
    scope_en = 'Visual cryptogram of the bank card (CVV), never stored by Custodian',
    note_fr = 'Jamais conservé : Custodian refuse le cryptogramme par toutes ses entrées ; il ne sert qu''au paiement, qui le supprime dès qu''il est finalisé.',
    note_en = 'Never kept: Custodian refuses the cryptogram on every input; it serves only the payment, which deletes it as soon as it is finalised.',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « Le cryptogramme visuel de la carte bancaire doit être supprimé dès que le paiement du service ou de l''achat est finalisé, d''une part parce qu''il n''est plus nécessaire une fois l''achat finalisé et, d''autre part, parce que sa conservation crée des risques pour la sécurité. »',
    seed_quote_en = 'CNIL standard on commercial management, § 7: "The visual cryptogram of the credit card must be deleted as soon as the payment for the service or the purchase is finalized, on the one hand because it is no longer necessary once the purchase is finalized and, on the other hand , because its retention creates security risks."'
WHERE activity_code = 'CONTRACT_MANAGEMENT' AND position = 2;

INSERT INTO register_retention_rule (activity_code, position, scope_fr, scope_en, duration, trigger_event, end_action,
    note_fr, note_en, seed_quote_fr, seed_quote_en) VALUES
('CONTRACT_MANAGEMENT', 4, 'Numéro et date d''expiration de la carte bancaire', 'Bank card number and expiry date', 'P0D', 'PAYMENT_FINALISED', 'DELETE',
 'Supprimés dès que le paiement est finalisé, sauf si la personne consent à leur conservation pour des achats ultérieurs (délibération CNIL 2018-303).',
 'Deleted as soon as the payment is finalised, unless the person consents to keep them for later purchases (CNIL deliberation 2018-303).',
 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « En revanche, le numéro d''une carte de paiement peut être conservé pour permettre des achats ultérieurs dans les conditions prévues par la recommandation relative au traitement de la carte de paiement pour la vente de biens ou la fourniture de services à distance (délibération n° 2018-303 du 6 septembre 2018). »',
 'CNIL standard on commercial management, § 7: "On the other hand, the number of a payment card may be kept to allow subsequent purchases under the conditions laid down by the recommendation relating to the processing of the payment card for the sale of goods or the provision of services remotely (deliberation n ° 2018-303 of September 6, 2018)."');

-- Online account: two years of inactivity, the holder notified beforehand.
UPDATE register_retention_rule SET
    note_fr = 'Deux ans d''inactivité, après avoir prévenu le titulaire avant l''échéance pour qu''il puisse garder son compte actif ; puis suppression.',
    note_en = 'Two years of inactivity, the holder being notified before the deadline so that they can keep the account active; then deletion.',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « Dans ce cas, l''organisme devrait déterminer une durée raisonnable au terme de laquelle le compte sera considéré comme inactif et devra donc être supprimé. À cet égard, une durée de deux ans paraît proportionnée. Enfin, les utilisateurs concernés peuvent être avertis avant l''expiration de cette durée afin de leur donner la possibilité d''exprimer leur souhait de garder leur compte actif. »',
    seed_quote_en = 'CNIL standard on commercial management, § 7: "In this case, the organization should determine a reasonable period after which the account will be considered inactive and must therefore be deleted. In this respect, a period of two years seems proportionate. Finally, the users concerned may be notified before the expiry of this period in order to give them the possibility of expressing their wish to keep their account active."'
WHERE activity_code = 'CONTRACT_MANAGEMENT' AND position = 3;

UPDATE register_retention_rule SET
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 4, tableau (traduit de la version anglaise) : « Gestion des contrats / programmes de fidélité […] Durée de la relation contractuelle »',
    seed_quote_en = 'CNIL standard on commercial management, § 4, table: "Management of contracts / loyalty programs […] Duration of the contractual relationship"'
WHERE activity_code = 'LOYALTY' AND position = 1;

-- Accounting: not 10 years in the active base, but archived (a legal obligation) and deleted 10 years after the close
-- of the financial year (art. L. 123-22 Code de commerce).
UPDATE register_retention_rule SET duration = 'P0D', end_action = 'ARCHIVE', archive_duration = 'P10Y',
    archive_trigger = 'END_OF_FINANCIAL_YEAR', archive_end_action = 'DELETE', archive_condition = 'LEGAL_OBLIGATION'
WHERE activity_code = 'ACCOUNTING' AND position = 1 AND duration = 'P10Y' AND trigger_event = 'END_OF_CONTRACT'
    AND end_action = 'DELETE';
UPDATE register_retention_rule SET
    note_fr = 'Durée de la relation contractuelle ; puis archivage intermédiaire au titre de l''obligation comptable, supprimé 10 ans après la clôture de l''exercice (art. L. 123-22 du Code de commerce).',
    note_en = 'Duration of the contractual relationship; then intermediate archive under the accounting obligation, deleted 10 years after the close of the financial year (art. L. 123-22 Commercial Code).',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 4, tableau (traduit de la version anglaise) : « Sous forme d''archive intermédiaire : durée légale de conservation (par exemple, obligation comptable de 10 ans). »',
    seed_quote_en = 'CNIL standard on commercial management, § 4, table: "In the form of an intermediate archive: legal retention period (for example, accounting obligation of 10 years)."'
WHERE activity_code = 'ACCOUNTING' AND position = 1;

-- CON-7: looking at an identity document is the default; nothing is kept once identity is verified. A copy only when
-- the law requires it, straight into the archive, deleted after 6 years at most.
UPDATE register_retention_rule SET duration = 'P0D', trigger_event = 'IDENTITY_CONFIRMED',
    scope_fr = 'Pièce d''identité présentée (consultée, pas copiée)',
    scope_en = 'Identity document shown (looked at, not copied)'
WHERE activity_code = 'ACCOUNTING' AND position = 2 AND duration = 'P6Y' AND trigger_event = 'COLLECTION'
    AND end_action = 'DELETE';
UPDATE register_retention_rule SET
    note_fr = 'La simple consultation de la pièce suffit : rien n''est gardé une fois l''identité vérifiée.',
    note_en = 'Looking at the document is enough: nothing is kept once the identity is verified.',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 5 a) et § 4, tableau (traduit de la version anglaise) : « la simple consultation d''un justificatif (pièce d''identité) peut suffire » ; « La pièce d''identité est conservée le temps nécessaire à la vérification de l''identité de la personne concernée. »',
    seed_quote_en = 'CNIL standard on commercial management, § 5 a) and § 4, table: "the simple consultation of proof (identity document) may be sufficient"; "The identity document is kept for the time necessary to verify the identity of the person concerned."'
WHERE activity_code = 'ACCOUNTING' AND position = 2 AND trigger_event = 'IDENTITY_CONFIRMED';

INSERT INTO register_retention_rule (activity_code, position, scope_fr, scope_en, duration, trigger_event, end_action,
    archive_duration, archive_trigger, archive_end_action, archive_condition, note_fr, note_en, seed_quote_fr, seed_quote_en) VALUES
('ACCOUNTING', 3, 'Copie de la pièce d''identité, seulement si la loi l''impose', 'Copy of the identity document, only where the law requires it',
 'P0D', 'COLLECTION', 'ARCHIVE', 'P6Y', 'ARCHIVING', 'DELETE', 'LEGAL_OBLIGATION',
 'Directement en archive intermédiaire, en qualité réduite et avec un filigrane (date de collecte, nom de l''organisme), 6 ans au plus, puis suppression.',
 'Straight into the intermediate archive, at reduced quality and watermarked (collection date, the company''s name), 6 years at most, then deletion.',
 'Référentiel CNIL « gestion commerciale », § 5 a) et § 4, tableau (traduit de la version anglaise) : « Lorsque la loi le prévoit ou si l''organisme justifie en avoir besoin pour se préconstituer une preuve en cas de contentieux, et ce en fonction des risques de contentieux, une copie de ce justificatif peut être conservée pour une durée maximale de 6 ans. » ; « Une copie d''une pièce d''identité peut être conservée pendant 6 ans si elle est nécessaire à des fins de preuve ou pour répondre à une obligation légale »',
 'CNIL standard on commercial management, § 5 a) and § 4, table: "When the law provides for it or if the organization justifies needing it to pre-constitute evidence in the event of litigation, and this according to the risks of litigation, a copy of this proof may be kept for a maximum period of 6 year."; "A copy of an identity document may be kept for a period of 6 years if it is necessary for the purposes of proof or to meet a legal obligation"');

UPDATE register_retention_rule SET
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « Les données utilisées à des fins statistiques ne sont plus qualifiées de données personnelles dès lors qu''elles ont été dûment anonymisées. »',
    seed_quote_en = 'CNIL standard on commercial management, § 7: "Data used for statistical purposes are no longer qualified as personal data once they have been duly anonymised (see the G29 guidelines on anonymisation)."'
WHERE activity_code = 'FINANCIAL_STATISTICS' AND position = 1;

UPDATE register_retention_rule SET
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 4, tableau (traduit de la version anglaise) : « Durée nécessaire à la réalisation de la finalité de l''enquête ou jusqu''à l''exercice du droit d''opposition ou le retrait du consentement »',
    seed_quote_en = 'CNIL standard on commercial management, § 4, table: "Duration necessary for the achievement of the purpose of the survey or until the exercise of the right of opposition or the withdrawal of consent"'
WHERE activity_code = 'CUSTOMER_RELATIONSHIP' AND position = 1;
UPDATE register_retention_rule SET
    note_fr = 'Durée de la relation contractuelle ; puis archivage intermédiaire pour se constituer une preuve en cas de contentieux, cinq ans (prescription civile), puis suppression.',
    note_en = 'Duration of the contractual relationship; then intermediate archive as evidence in case of litigation, five years (civil limitation), then deletion.',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 4, tableau, et § 7 (traduit de la version anglaise) : « Gestion des réclamations […] Durée de la relation contractuelle » ; « À la fin du contrat, elles doivent être conservées en archivage intermédiaire et pendant une durée raisonnable, […] s''il souhaite se constituer une preuve en cas de contentieux, et dans la limite du délai de prescription applicable. »',
    seed_quote_en = 'CNIL standard on commercial management, § 4, table, and § 7: "Claims management […] Duration of the contractual relationship"; "At the end of the contract, they must be kept in intermediate archiving and for a reasonable period, […] if he wishes to constitute a evidence in the event of litigation, and within the limit of the applicable limitation period."'
WHERE activity_code = 'CUSTOMER_RELATIONSHIP' AND position = 2;

-- Rights requests: until the answer; the answer then kept in the archive as evidence for the civil limitation period.
UPDATE register_retention_rule SET archive_duration = 'P5Y', archive_trigger = 'ARCHIVING',
    archive_end_action = 'DELETE', archive_condition = 'EVIDENCE'
WHERE activity_code = 'CUSTOMER_RELATIONSHIP' AND position = 3 AND duration = 'P0D'
    AND trigger_event = 'ANSWER_TO_REQUEST' AND end_action = 'ARCHIVE';
UPDATE register_retention_rule SET duration = 'P0D', end_action = 'ARCHIVE', archive_duration = 'P5Y',
    archive_trigger = 'ARCHIVING', archive_end_action = 'DELETE', archive_condition = 'EVIDENCE'
WHERE activity_code = 'RIGHTS_REQUESTS' AND position = 1 AND duration = 'P5Y' AND trigger_event = 'ANSWER_TO_REQUEST'
    AND end_action = 'DELETE';
UPDATE register_retention_rule SET
    note_fr = 'La demande est conservée jusqu''à la réponse ; la réponse est ensuite archivée comme preuve, cinq ans (prescription civile, art. 2224 du Code civil), puis supprimée.',
    note_en = 'The request is kept until the answer; the answer is then archived as evidence, five years (civil limitation, art. 2224 Civil Code), then deleted.',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « Lorsqu''une personne exerce ses droits, les données collectées dans ce cadre, telles que les informations relatives à la demande de la personne concernée, peuvent être conservées jusqu''à ce que le responsable de traitement réponde à la demande […]. La réponse apportée peut être conservée à des fins de preuve, dans la limite du délai de prescription applicable, à compter du moment où le responsable de traitement répond à la demande. »',
    seed_quote_en = 'CNIL standard on commercial management, § 7: "When a person exercises their rights, the data collected in this context, such as information relating to the request of the person concerned, may be kept until the data controller responds to the request and in compliance with the principle of minimization provided for in Article 5.1.c. of the GDPR. The response provided may be kept for the purposes of proof, within the limit of the applicable limitation period, from the moment the data controller responds to the request."'
WHERE (activity_code = 'CUSTOMER_RELATIONSHIP' AND position = 3) OR (activity_code = 'RIGHTS_REQUESTS' AND position = 1);

-- Identity proof of a rights request: deleted once identity is confirmed.
UPDATE register_retention_rule SET trigger_event = 'IDENTITY_CONFIRMED'
WHERE ((activity_code = 'CUSTOMER_RELATIONSHIP' AND position = 4) OR (activity_code = 'RIGHTS_REQUESTS' AND position = 2))
    AND duration = 'P0D' AND trigger_event = 'ANSWER_TO_REQUEST' AND end_action = 'DELETE';
UPDATE register_retention_rule SET
    note_fr = 'Supprimé dès que l''identité est confirmée ; gardé seulement en cas de risque contentieux fort documenté au cas par cas.',
    note_en = 'Deleted as soon as the identity is confirmed; kept only where a strong risk of litigation is documented case by case.',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « En principe, ils doivent être supprimés dès que la demande de la personne concernée a été satisfaite. En effet, la fourniture de tels documents a pour seul objet de vérifier l''identité de la personne dont émane la demande et il n''est pas nécessaire de les conserver une fois l''identité confirmée. »',
    seed_quote_en = 'CNIL standard on commercial management, § 7: "In principle, these must be deleted as soon as the request of the data subject has been granted. Indeed, the provision of such documents has the sole purpose of verifying the identity of the person from whom the request emanates and it is not necessary to keep them once the identity has been confirmed."'
WHERE (activity_code = 'CUSTOMER_RELATIONSHIP' AND position = 4) OR (activity_code = 'RIGHTS_REQUESTS' AND position = 2);

UPDATE register_retention_rule SET
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 4, tableau (traduit de la version anglaise) : « Durée nécessaire à la réalisation de l''objectif de l''étude ou jusqu''à l''exercice du droit d''opposition ou le retrait du consentement »',
    seed_quote_en = 'CNIL standard on commercial management, § 4, table: "Duration necessary for the achievement of the objective of the study or until the exercise of the right of opposition or the withdrawal of consent"'
WHERE activity_code = 'CUSTOMER_STUDIES' AND position = 1;
UPDATE register_retention_rule SET
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 4, tableau (traduit de la version anglaise) : « Durée nécessaire à la réalisation de l''objectif visé par les statistiques ou jusqu''à l''exercice du droit d''opposition »',
    seed_quote_en = 'CNIL standard on commercial management, § 4, table: "Duration necessary for the achievement of the objective targeted by the statistics or until the exercise of the right of opposition"'
WHERE activity_code = 'CUSTOMER_STUDIES' AND position = 2;

-- PRO-6: customers from the end of the commercial relationship; prospects from collection or their last contact.
UPDATE register_retention_rule SET trigger_event = 'END_OF_RELATIONSHIP'
WHERE activity_code = 'PROSPECTING' AND position = 1 AND duration = 'P3Y' AND trigger_event = 'LAST_CONTACT'
    AND end_action = 'DELETE';
UPDATE register_retention_rule SET
    note_fr = 'Pendant la relation commerciale, puis trois ans à compter de sa fin : le plus tardif du dernier achat, de la fin de garantie, de la fin d''un contrat de prestation et du dernier contact émanant du client.',
    note_en = 'During the commercial relationship, then three years from its end: the latest of the last purchase, the end of a warranty, the end of a service contract and the last contact from the customer.',
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « Les données des clients utilisées à des fins de prospection commerciale peuvent être conservées pendant la relation commerciale, puis pendant une durée de trois ans à compter de la fin de la relation commerciale (par exemple, à compter d''un achat, de la date d''expiration d''une garantie, de la fin d''un contrat de prestation de services ou du dernier contact émanant du client). »',
    seed_quote_en = 'CNIL standard on commercial management, § 7: "Customer data used for commercial prospecting purposes may be kept during the commercial relationship, then for a period of three years from the end of the commercial relationship (for example, at from a purchase, the expiry date of a warranty, the end of a service contract or the last contact from the customer)."'
WHERE activity_code = 'PROSPECTING' AND position = 1;
UPDATE register_retention_rule SET
    seed_quote_fr = 'Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise) : « Les données personnelles relatives à un prospect non client peuvent être conservées pendant une durée de trois ans à compter de leur collecte par le responsable de traitement ou du dernier contact émanant du prospect (par exemple, une demande de documentation ou un clic sur un lien hypertexte contenu dans un courriel renvoyant vers le produit promu ; en revanche, la simple ouverture d''un courriel ne saurait être considérée comme un contact émanant du prospect). »',
    seed_quote_en = 'CNIL standard on commercial management, § 7: "Personal data relating to a non-customer prospect may be kept for a period of three years from their collection by the data controller or the last contact from the prospect (for example, a request for documentation or a click on a hypertext link contained in an e-mail referring to the promoted product; on the other hand, the simple opening of an e-mail should not be considered as a contact emanating from the prospect)."'
WHERE activity_code = 'PROSPECTING' AND position = 2;

-- Electronic prospecting on consent: until consent is withdrawn (or the person objects), whichever comes before the
-- three years of the rules above.
INSERT INTO register_retention_rule (activity_code, position, scope_fr, scope_en, duration, trigger_event, end_action,
    note_fr, note_en, seed_quote_fr, seed_quote_en) VALUES
('PROSPECTING', 3, 'Prospection électronique fondée sur le consentement', 'Electronic prospecting based on consent', 'P0D', 'CONSENT_WITHDRAWN_OR_OBJECTION', 'DELETE',
 'Jusqu''au retrait du consentement ou à l''opposition, ou trois ans après le dernier contact de la personne si cela arrive avant ; l''opposition elle-même reste dans la liste d''opposition.',
 'Until consent is withdrawn or the person objects, or three years after the person''s last contact if that comes first; the objection itself stays on the suppression list.',
 'Référentiel CNIL « gestion commerciale », § 4, tableau (traduit de la version anglaise) : « Jusqu''au retrait du consentement ou 3 ans à compter du dernier contact de la personne avec l''organisme »',
 'CNIL standard on commercial management, § 4, table: "Until consent is withdrawn or 3 years from the person''s last contact with the organization"');

-- Unpaid debts (001, in French).
UPDATE register_retention_rule SET
    seed_quote_fr = 'Référentiel CNIL « gestion des impayés », § 7 : « En cas de régularisation de l''impayé, les informations relatives à la personne concernée devraient être effacées du fichier recensant les personnes en situation d''impayé dans les 48 heures suivant le constat de la régularisation par l''organisme ou à partir du moment où l''impayé a été effectivement soldé. »',
    seed_quote_en = 'CNIL standard on unpaid debts, § 7 (translated from the French): "Where the debt is regularised, the information about the person concerned should be erased from the file of persons with unpaid debts within 48 hours of the organisation recording the regularisation or of the moment the debt was actually paid."'
WHERE activity_code IN ('UNPAID_RECORDING', 'UNPAID_EXCLUSION') AND position = 1;
UPDATE register_retention_rule SET
    seed_quote_fr = 'Référentiel CNIL « gestion des impayés », § 7 : « En cas de non-régularisation, les informations peuvent être conservées dans le fichier recensant les personnes en situation d''impayés et les excluant de ce fait du bénéfice d''une prestation, dans la limite de 5 ans à compter de la survenance de l''impayé. »',
    seed_quote_en = 'CNIL standard on unpaid debts, § 7 (translated from the French): "Where the debt is not regularised, the information may be kept in the file of persons with unpaid debts, which excludes them from a service, for at most 5 years from the date the debt fell due."'
WHERE activity_code IN ('UNPAID_RECORDING', 'UNPAID_EXCLUSION') AND position = 2;

UPDATE register_retention_rule SET duration = 'P0D', end_action = 'ARCHIVE', archive_duration = 'P6Y',
    archive_trigger = 'ARCHIVING', archive_end_action = 'DELETE', archive_condition = 'EVIDENCE',
    scope_fr = 'Copie de la pièce d''identité, seulement si la loi le prévoit ou pour se constituer une preuve',
    scope_en = 'Copy of the identity document, only where the law requires it or as evidence'
WHERE activity_code = 'UNPAID_RECORDING' AND position = 3 AND duration = 'P6Y' AND trigger_event = 'COLLECTION'
    AND end_action = 'DELETE';
UPDATE register_retention_rule SET
    note_fr = 'La simple consultation d''un justificatif peut suffire. Une copie, si la loi le prévoit ou pour se constituer une preuve selon le risque contentieux, va directement en archive intermédiaire, en qualité réduite et avec un filigrane, 6 ans au plus, puis suppression.',
    note_en = 'Looking at a proof may be enough. A copy, where the law requires it or as evidence given the risk of litigation, goes straight into the intermediate archive, at reduced quality and watermarked, 6 years at most, then deletion.',
    seed_quote_fr = 'Référentiel CNIL « gestion des impayés », § 5 a) : « Si l''organisme doit s''assurer de l''identité d''une personne, la simple consultation d''un justificatif (pièce d''identité) peut suffire. Lorsque la loi le prévoit ou si l''organisme justifie en avoir besoin pour se pré constituer une preuve en cas de contentieux, et ce en fonction des risques de mise en cause contentieuse, une copie de ce justificatif peut être conservée pour une durée de 6 ans. »',
    seed_quote_en = 'CNIL standard on unpaid debts, § 5 a) (translated from the French): "Where the organisation must check a person''s identity, merely looking at a proof (identity document) may be enough. Where the law provides for it or where the organisation shows it needs it to build evidence in case of litigation, according to the risk of litigation, a copy of this proof may be kept for 6 years."'
WHERE activity_code = 'UNPAID_RECORDING' AND position = 3;

-- A rule the DPO had already set to end in the archive gets the general civil limitation period as evidence, so that no
-- archive is without an end; the DPO can change it on the edit screen.
UPDATE register_retention_rule SET archive_duration = 'P5Y', archive_trigger = 'ARCHIVING',
    archive_end_action = 'DELETE', archive_condition = 'EVIDENCE'
WHERE end_action = 'ARCHIVE' AND archive_duration IS NULL;

ALTER TABLE register_retention_rule ADD CONSTRAINT register_retention_archive_action
    CHECK (archive_end_action IN ('ANONYMISE', 'DELETE'));
ALTER TABLE register_retention_rule ADD CONSTRAINT register_retention_archive_condition
    CHECK (archive_condition IN ('LEGAL_OBLIGATION', 'EVIDENCE'));
ALTER TABLE register_retention_rule ADD CONSTRAINT register_retention_archive_trigger
    CHECK (archive_trigger IN ('ARCHIVING', 'END_OF_FINANCIAL_YEAR'));
-- RET-2: an archive always has a reason, a period, a start and an end; a rule that does not archive has none of them.
ALTER TABLE register_retention_rule ADD CONSTRAINT register_retention_archive_complete CHECK (
    (end_action = 'ARCHIVE' AND archive_duration IS NOT NULL AND archive_trigger IS NOT NULL
        AND archive_end_action IS NOT NULL AND archive_condition IS NOT NULL)
    OR (end_action <> 'ARCHIVE' AND archive_duration IS NULL AND archive_trigger IS NULL
        AND archive_end_action IS NULL AND archive_condition IS NULL));

-- The preloaded standard each activity's deviations are measured against (version 1's snapshot, kept once the DPO
-- first changes the activity) follows the corrected rules, so that a fix of the standard is not shown as the DPO's.
UPDATE register_activity_version SET snapshot = REPLACE(REPLACE(snapshot,
        '"retention.duration|#1":"P10Y"', '"retention.duration|#1":"P0D"'),
        '"retention.endAction|#1":"DELETE"', '"retention.endAction|#1":"ARCHIVE"')
WHERE activity_code = 'ACCOUNTING' AND version = 1 AND snapshot IS NOT NULL;
UPDATE register_activity_version SET snapshot = REPLACE(REPLACE(snapshot,
        '"retention.duration|#2":"P6Y"', '"retention.duration|#2":"P0D"'),
        '"retention.trigger|#2":"COLLECTION"', '"retention.trigger|#2":"IDENTITY_CONFIRMED"')
WHERE activity_code = 'ACCOUNTING' AND version = 1 AND snapshot IS NOT NULL;
UPDATE register_activity_version SET snapshot = REPLACE(snapshot,
        '"retention.trigger|#2":"COLLECTION"', '"retention.trigger|#2":"PAYMENT_FINALISED"')
WHERE activity_code = 'CONTRACT_MANAGEMENT' AND version = 1 AND snapshot IS NOT NULL;
UPDATE register_activity_version SET snapshot = REPLACE(snapshot,
        '"retention.trigger|#4":"ANSWER_TO_REQUEST"', '"retention.trigger|#4":"IDENTITY_CONFIRMED"')
WHERE activity_code = 'CUSTOMER_RELATIONSHIP' AND version = 1 AND snapshot IS NOT NULL;
UPDATE register_activity_version SET snapshot = REPLACE(snapshot,
        '"retention.trigger|#1":"LAST_CONTACT"', '"retention.trigger|#1":"END_OF_RELATIONSHIP"')
WHERE activity_code = 'PROSPECTING' AND version = 1 AND snapshot IS NOT NULL;
UPDATE register_activity_version SET snapshot = REPLACE(REPLACE(snapshot,
        '"retention.duration|#3":"P6Y"', '"retention.duration|#3":"P0D"'),
        '"retention.endAction|#3":"DELETE"', '"retention.endAction|#3":"ARCHIVE"')
WHERE activity_code = 'UNPAID_RECORDING' AND version = 1 AND snapshot IS NOT NULL;
UPDATE register_activity_version SET snapshot = REPLACE(REPLACE(REPLACE(snapshot,
        '"retention.duration|#1":"P5Y"', '"retention.duration|#1":"P0D"'),
        '"retention.endAction|#1":"DELETE"', '"retention.endAction|#1":"ARCHIVE"'),
        '"retention.trigger|#2":"ANSWER_TO_REQUEST"', '"retention.trigger|#2":"IDENTITY_CONFIRMED"')
WHERE activity_code = 'RIGHTS_REQUESTS' AND version = 1 AND snapshot IS NOT NULL;
