package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The preloaded register against the CNIL standards' tables, row by row: 000 = commercial management
 * (deliberation 2021-131), 001 = unpaid debts. Each expected row is copied from the seed section named beside it.
 */
@IntegrationTest
class RegisterStandardsIntegrationTests {

    @Autowired
    ProcessingRegister register;

    @Test
    @DisplayName("REG-1 the ten purposes of 000 §3 a)-h) and 001 §3 a)-b) are preloaded with stable codes")
    void tenActivitiesWithStableCodes() {
        assertThat(register.activities())
                .extracting(ActivityView::code, ActivityView::source)
                .containsSubsequence(
                        tuple("CONTRACT_MANAGEMENT", "Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 a)"),      // 000 §3 a) Contract management
                        tuple("LOYALTY", "Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 b)"),                  // 000 §3 b) loyalty programs
                        tuple("ACCOUNTING", "Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 c)"),               // 000 §3 c) general and auxiliary accounts
                        tuple("FINANCIAL_STATISTICS", "Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 d)"),     // 000 §3 d) financial statistics
                        tuple("CUSTOMER_RELATIONSHIP", "Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 e)"),    // 000 §3 e) surveys, complaints, after-sales
                        tuple("CUSTOMER_STUDIES", "Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 f)"),         // 000 §3 f) product quality studies
                        tuple("PROSPECTING", "Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 g)"),              // 000 §3 g) commercial prospecting
                        tuple("OPINIONS", "Référentiel CNIL « gestion commerciale » (délibération 2021-131), § 3 h)"),                 // 000 §3 h) opinions on products
                        tuple("UNPAID_RECORDING", "Référentiel CNIL « gestion des impayés », § 3 a)"),         // 001 §3 a) recensement des impayés avérés
                        tuple("UNPAID_EXCLUSION", "Référentiel CNIL « gestion des impayés », § 3 b)"));        // 001 §3 b) exclusion des transactions à venir
    }

    @Test
    @DisplayName("REG-1 the finer purposes of the 000 §4 table sit inside their activities")
    void finerPurposesOfTheTable() {
        // 000 §4 table, "customer relationship": Satisfaction surveys / Claims management / After sales service
        assertThat(register.activity("CUSTOMER_RELATIONSHIP").purposes()).extracting(LocalizedText::en)
                .containsExactly("Satisfaction surveys", "Complaints management", "After-sales service");
        // 000 §4 table, "Selection of clients / Studies / Surveys": quality studies / Product testing / Sales statistics
        assertThat(register.activity("CUSTOMER_STUDIES").purposes()).extracting(LocalizedText::en)
                .containsExactly("Product quality studies", "Product testing", "Sales statistics");
    }

    @Test
    @DisplayName("REG-1 legal bases follow the 000 §4 table and 001 §4: fixed where the standard fixes them, open to "
            + "the controller's choice where it says \"or consent (*)\"")
    void legalBasesOfTheTables() {
        // 000 §4 table: Management of orders, delivery ... -> Performance of the contract
        assertThat(register.activity("CONTRACT_MANAGEMENT").bases()).containsExactly(LegalBasis.CONTRACT);
        // 000 §4 table: Management of contracts / loyalty programs -> Performance of the contract
        assertThat(register.activity("LOYALTY").bases()).containsExactly(LegalBasis.CONTRACT);
        // 000 §4 table: Bookkeeping -> Compliance with a legal obligation
        assertThat(register.activity("ACCOUNTING").bases()).containsExactly(LegalBasis.LEGAL_OBLIGATION);
        // 000 §4 table: Satisfaction surveys -> LI or consent (*): one row left to choose; complaints -> contract
        assertThat(register.activity("CUSTOMER_RELATIONSHIP").legalBases())
                .extracting(basis -> basis.condition().en(), LegalBasisView::options)
                .containsExactly(
                        tuple("Satisfaction surveys.", List.of(LegalBasis.LEGITIMATE_INTEREST, LegalBasis.CONSENT)),
                        tuple("Complaints management and after-sales service.", List.of()));
        assertThat(register.activity("CUSTOMER_RELATIONSHIP").legalBases().get(1).basis())
                .isEqualTo(LegalBasis.CONTRACT);
        // 000 §4 table: Product quality studies, testing -> LI or consent (*); Sales statistics -> LI
        assertThat(register.activity("CUSTOMER_STUDIES").legalBases()).extracting(LegalBasisView::options)
                .containsExactly(List.of(LegalBasis.LEGITIMATE_INTEREST, LegalBasis.CONSENT), List.of());
        assertThat(register.activity("CUSTOMER_STUDIES").legalBases().get(1).basis())
                .isEqualTo(LegalBasis.LEGITIMATE_INTEREST);
        // 001 §4: contract (more appropriate) or LI cannot be ruled out: one basis to choose, with the guidance
        assertThat(register.activity("UNPAID_RECORDING").legalBases()).singleElement()
                .satisfies(basis -> assertThat(basis.options())
                        .containsExactly(LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTEREST));
        assertThat(register.activity("UNPAID_EXCLUSION").legalBases()).singleElement()
                .satisfies(basis -> assertThat(basis.guidance().fr()).contains("entièrement automatisée", "22.2.a"));
    }

    @Test
    @DisplayName("REG-1 the drafting notes (\"or consent (*)\", \"by analogy\") are guidance for the DPO, never the "
            + "published case of a basis")
    void draftingNotesAreGuidance() {
        assertThat(register.activities()).flatExtracting(ActivityView::legalBases)
                .extracting(basis -> basis.condition().isPresent() ? basis.condition().fr() : "")
                .noneMatch(condition -> condition.contains("(*)") || condition.contains("analogie")
                        || condition.contains("au choix"));
        assertThat(register.activity("FINANCIAL_STATISTICS").legalBases().get(0).guidance().fr())
                .contains("ne cite pas cette finalité");
    }

    @Test
    @DisplayName("REG-1 prospecting bases carry the full conditions of 000 §4, art. L. 34-5 CPCE (seed 003) and PRO-4")
    void prospectingConditions() {
        var rows = register.activity("PROSPECTING").legalBases();
        // L. 34-5 al. 1: e-mail, SMS, fax and automated calls without human intervention need prior consent
        assertThat(rows.get(0).basis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(rows.get(0).condition().fr()).contains("courrier électronique", "SMS", "télécopie", "automate",
                "L. 34-5");
        // Soft opt-in: collected at a sale, analogous products of the same organisation, opposition at collection
        // and in every message
        assertThat(rows.get(1).condition().fr()).contains("à l'occasion d'une vente", "analogues",
                "notre organisation", "lors de la collecte et dans chaque message");
        // B2B (NESTOR): the subject relates to the profession
        assertThat(rows.get(2).condition().fr()).contains("rapport avec leur profession", "s'y opposer");
        assertThat(rows.get(3).condition().fr()).contains("courrier postal");
        // PRO-4: consumer phone prospecting needs consent since 11 August 2026
        assertThat(rows.get(4).basis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(rows.get(4).condition().fr()).contains("téléphone", "11 août 2026", "L. 223-1", "Bloctel");
    }

    @Test
    @DisplayName("REG-1 data categories follow the 000 §5 table and 001 §5, without over-reach: no sensitive data "
            + "preloaded on contract management, no payment data on financial statistics")
    void dataCategoriesOfTheTables() {
        // 000 §5 table: Identity / Personal situation / Professional life / Settlement-Payment / Transaction /
        // Follow-up of the commercial relationship; sensitive data only when the goods imply it: the DPO's opt-in
        assertThat(register.activity("CONTRACT_MANAGEMENT").dataCategories()).extracting(DataCategoryView::code)
                .containsExactly("IDENTITY", "PERSONAL_SITUATION", "PAYMENT", "TRANSACTION", "RELATIONSHIP_FOLLOW_UP");
        assertThat(register.activity("FINANCIAL_STATISTICS").dataCategories()).extracting(DataCategoryView::code)
                .containsExactly("TRANSACTION");
        // 000 §5 table, Identity: "... internal processing code ... accounting identification code"
        assertThat(register.activity("ACCOUNTING").dataCategories().get(0).examples().en())
                .contains("Civility, surname, first names", "accounting identification code");
        // 000 §5 table, Settlement / Payment: visual cryptogram deleted once the transaction is carried out
        assertThat(register.activity("ACCOUNTING").dataCategories().get(1).examples().en())
                .contains("visual cryptogram", "deleted once the transaction");
        // 000 §5 table: "Data relating to the contributions of persons who submit opinions ... pseudonym"
        assertThat(register.activity("OPINIONS").dataCategories()).extracting(DataCategoryView::code)
                .contains("OPINIONS");
        // 001 §5: a) identification (débiteur, cautions), b) moyens de paiement, c) incident de paiement
        assertThat(register.activity("UNPAID_RECORDING").dataCategories()).extracting(DataCategoryView::code)
                .containsExactly("IDENTITY", "PAYMENT", "PAYMENT_INCIDENT");
        assertThat(register.activity("UNPAID_RECORDING").dataCategories().get(2).examples().fr())
                .contains("Numéro de dossier", "date de survenance", "montant", "objet");
    }

    @Test
    @DisplayName("REG-2 each activity names its categories of data subjects (Art. 30(1)(c)): customers, prospects, "
            + "debtors and guarantors (001 §5 a), reviewers")
    void dataSubjectsPerActivity() {
        assertThat(register.activities()).allSatisfy(activity -> assertThat(activity.subjects()).isNotEmpty());
        assertThat(register.activity("PROSPECTING").subjects()).extracting(SubjectView::code)
                .containsExactly("CUSTOMERS", "PROSPECTS");
        assertThat(register.activity("UNPAID_RECORDING").subjects()).extracting(SubjectView::code)
                .containsExactly("DEBTORS", "GUARANTORS");
        assertThat(register.activity("OPINIONS").subjects()).extracting(SubjectView::code)
                .containsExactly("REVIEWERS");
    }

    @Test
    @DisplayName("REG-1 the processing Custodian performs itself is in the register, with its basis, data, "
            + "recipients and retention: consent proofs, suppression list, rights requests, staff access logs, "
            + "partner transmissions")
    void custodianOwnProcessing() {
        assertThat(register.activities()).extracting(ActivityView::code)
                .contains("CONSENT_PROOFS", "SUPPRESSION_LIST", "RIGHTS_REQUESTS", "STAFF_ACCESS_LOG",
                        "PARTNER_TRANSMISSION");
        assertThat(register.activity("RIGHTS_REQUESTS").bases()).containsExactly(LegalBasis.LEGAL_OBLIGATION);
        assertThat(register.activity("CONSENT_PROOFS").bases()).containsExactly(LegalBasis.LEGAL_OBLIGATION);
        // SEC-3, CNIL 2021-122: the log is kept 6 months to 1 year; it concerns staff, told internally
        var log = register.activity("STAFF_ACCESS_LOG");
        assertThat(log.retentionRules()).singleElement()
                .satisfies(rule -> assertThat(rule.duration()).isEqualTo("P1Y"));
        assertThat(log.subjects()).extracting(SubjectView::code).containsExactly("STAFF");
        assertThat(log.information().publicNotice()).isFalse();
        // 000 §6: consent for the partners' electronic prospecting, opposition otherwise; only with partners
        var transmission = register.activity("PARTNER_TRANSMISSION");
        assertThat(transmission.bases()).containsExactly(LegalBasis.CONSENT, LegalBasis.LEGITIMATE_INTEREST);
        assertThat(transmission.information().requiresRecipient()).isEqualTo(RecipientKind.PARTNER);
        assertThat(register.activities()).allSatisfy(activity -> {
            assertThat(activity.recipients()).isNotEmpty();
            assertThat(activity.retentionRules()).isNotEmpty();
            assertThat(activity.dataCategories()).isNotEmpty();
        });
    }

    @Test
    @DisplayName("REG-1 recipients follow 000 §6 and 001 §6")
    void recipientsOfTheStandards() {
        // 000 §6: internal departments, departments responsible for controls, subcontractors; accounting bodies
        assertThat(register.activity("ACCOUNTING").recipients()).extracting(RecipientView::kind)
                .containsExactly(RecipientKind.INTERNAL_SERVICE, RecipientKind.PROCESSOR,
                        RecipientKind.CONTROL_AUTHORITY, RecipientKind.THIRD_PARTY);
        // 000 §6: transmission to partners for their own prospecting
        assertThat(register.activity("PROSPECTING").recipients()).extracting(RecipientView::kind)
                .contains(RecipientKind.PARTNER);
        // 001 §6: services internes, services chargés des contrôles, sous-traitants
        assertThat(register.activity("UNPAID_EXCLUSION").recipients()).extracting(RecipientView::kind)
                .containsExactlyInAnyOrder(RecipientKind.INTERNAL_SERVICE, RecipientKind.PROCESSOR,
                        RecipientKind.CONTROL_AUTHORITY);
    }

    @Test
    @DisplayName("RET-1 retention rules of the 000 §4 table, 000 §7 and 001 §7 are structured: duration, trigger, end action")
    void retentionRulesOfTheTables() {
        // 000 §4 table: contracts -> duration of the contractual relationship; §7: then intermediate archive;
        // §7: CVV deleted once payment is finalised; §7: inactive online account -> two years; §7: card number
        assertThat(register.activity("CONTRACT_MANAGEMENT").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.ARCHIVE),
                        tuple("P0D", RetentionTrigger.PAYMENT_FINALISED, EndAction.DELETE),
                        tuple("P2Y", RetentionTrigger.ACCOUNT_INACTIVITY, EndAction.DELETE),
                        tuple("P0D", RetentionTrigger.PAYMENT_FINALISED, EndAction.DELETE));
        // 000 §4 table: loyalty programs -> duration of the contractual relationship
        assertThat(register.activity("LOYALTY").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(tuple("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.DELETE));
        // 000 §4 table: bookkeeping -> intermediate archive, accounting obligation of 10 years; the identity
        // document looked at until identity is verified; a copy, where required, straight to the archive (§5 a)
        assertThat(register.activity("ACCOUNTING").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.ARCHIVE),
                        tuple("P0D", RetentionTrigger.IDENTITY_CONFIRMED, EndAction.DELETE),
                        tuple("P0D", RetentionTrigger.COLLECTION, EndAction.ARCHIVE));
        // 000 §4 table: surveys -> duration necessary (no fixed period); complaints, after-sales -> contract;
        // 000 §7: rights requests kept until the answer, identity proofs deleted once identity is confirmed
        assertThat(register.activity("CUSTOMER_RELATIONSHIP").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple(null, RetentionTrigger.COLLECTION, EndAction.DELETE),
                        tuple("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.ARCHIVE),
                        tuple("P0D", RetentionTrigger.ANSWER_TO_REQUEST, EndAction.ARCHIVE),
                        tuple("P0D", RetentionTrigger.IDENTITY_CONFIRMED, EndAction.DELETE));
        // 000 §7: customers 3 years from the end of the commercial relationship, prospects from collection or their
        // last contact; §4 table: electronic prospecting until consent is withdrawn
        assertThat(register.activity("PROSPECTING").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple("P3Y", RetentionTrigger.END_OF_RELATIONSHIP, EndAction.DELETE),
                        tuple("P3Y", RetentionTrigger.LAST_CONTACT, EndAction.DELETE),
                        tuple("P0D", RetentionTrigger.CONSENT_WITHDRAWN_OR_OBJECTION, EndAction.DELETE));
        // 001 §7: régularisation -> effacement sous 48 heures; sinon 5 ans à compter de la survenance de l'impayé
        assertThat(register.activity("UNPAID_EXCLUSION").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple("PT48H", RetentionTrigger.REGULARISATION, EndAction.DELETE),
                        tuple("P5Y", RetentionTrigger.INCIDENT, EndAction.DELETE));
        // 001 §5 a) + §7: copy of the identity document 6 years, in intermediate archive
        assertThat(register.activity("UNPAID_RECORDING").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::archiveDuration)
                .containsExactly(
                        tuple("PT48H", RetentionTrigger.REGULARISATION, null),
                        tuple("P5Y", RetentionTrigger.INCIDENT, null),
                        tuple("P0D", RetentionTrigger.COLLECTION, "P6Y"));
    }

    @Test
    @DisplayName("RET-1 every retention rule keeps the standard's wording as a note and its period parses")
    void retentionRulesKeepTheirWordingAndParse() {
        assertThat(register.activities()).flatExtracting(ActivityView::retentionRules)
                .allSatisfy(rule -> {
                    assertThat(rule.note().fr()).isNotBlank();
                    assertThat(rule.note().en()).isNotBlank();
                    assertThat(rule.isFixed()).isEqualTo(rule.amount() != null);
                });
        assertThat(register.activity("UNPAID_EXCLUSION").retentionRules().get(0).amount())
                .isEqualTo(Duration.ofHours(48));
        assertThat(register.activity("PROSPECTING").retentionRules().get(0).amount()).isEqualTo(Period.ofYears(3));
        // 000 §7 on prospects: "merely opening an e-mail is not a contact"
        assertThat(register.activity("PROSPECTING").retentionRules().get(1).note().en())
                .contains("merely opening an e-mail is not a contact");
    }
}
