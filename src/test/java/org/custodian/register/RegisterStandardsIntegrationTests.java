package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Period;

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
                        tuple("CONTRACT_MANAGEMENT", "000 §3 a)"),      // 000 §3 a) Contract management
                        tuple("LOYALTY", "000 §3 b)"),                  // 000 §3 b) loyalty programs
                        tuple("ACCOUNTING", "000 §3 c)"),               // 000 §3 c) general and auxiliary accounts
                        tuple("FINANCIAL_STATISTICS", "000 §3 d)"),     // 000 §3 d) financial statistics
                        tuple("CUSTOMER_RELATIONSHIP", "000 §3 e)"),    // 000 §3 e) surveys, complaints, after-sales
                        tuple("CUSTOMER_STUDIES", "000 §3 f)"),         // 000 §3 f) product quality studies
                        tuple("PROSPECTING", "000 §3 g)"),              // 000 §3 g) commercial prospecting
                        tuple("OPINIONS", "000 §3 h)"),                 // 000 §3 h) opinions on products
                        tuple("UNPAID_RECORDING", "001 §3 a)"),         // 001 §3 a) recensement des impayés avérés
                        tuple("UNPAID_EXCLUSION", "001 §3 b)"));        // 001 §3 b) exclusion des transactions à venir
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
    @DisplayName("REG-1 legal bases follow the 000 §4 table and 001 §4, with the channel or case they depend on")
    void legalBasesOfTheTables() {
        // 000 §4 table: Management of orders, delivery ... -> Performance of the contract
        assertThat(register.activity("CONTRACT_MANAGEMENT").bases()).containsExactly(LegalBasis.CONTRACT);
        // 000 §4 table: Management of contracts / loyalty programs -> Performance of the contract
        assertThat(register.activity("LOYALTY").bases()).containsExactly(LegalBasis.CONTRACT);
        // 000 §4 table: Bookkeeping -> Compliance with a legal obligation
        assertThat(register.activity("ACCOUNTING").bases()).containsExactly(LegalBasis.LEGAL_OBLIGATION);
        // 000 §4 table: Satisfaction surveys -> LI or consent (*); Claims management, After sales -> contract
        assertThat(register.activity("CUSTOMER_RELATIONSHIP").legalBases())
                .extracting(LegalBasisView::basis, basis -> basis.condition().en())
                .containsExactly(
                        tuple(LegalBasis.LEGITIMATE_INTEREST, "Satisfaction surveys: legitimate interest or consent (*), as the controller chooses."),
                        tuple(LegalBasis.CONSENT, "Satisfaction surveys: legitimate interest or consent (*), as the controller chooses."),
                        tuple(LegalBasis.CONTRACT, "Complaints management and after-sales service."));
        // 000 §4 table: Product quality studies, testing -> LI or consent (*); Sales statistics -> LI
        assertThat(register.activity("CUSTOMER_STUDIES").legalBases()).extracting(LegalBasisView::basis)
                .containsExactly(LegalBasis.LEGITIMATE_INTEREST, LegalBasis.CONSENT, LegalBasis.LEGITIMATE_INTEREST);
        // 000 §4 table, prospecting: electronic, not already purchased -> Consent (art. L. 34-5 CPCE);
        // post / phone with human intervention, professionals, similar goods already purchased -> LI or consent (*)
        assertThat(register.activity("PROSPECTING").legalBases())
                .extracting(LegalBasisView::basis, basis -> basis.condition().fr().contains("L. 34-5"))
                .containsExactly(
                        tuple(LegalBasis.CONSENT, true),
                        tuple(LegalBasis.LEGITIMATE_INTEREST, false),
                        tuple(LegalBasis.LEGITIMATE_INTEREST, false),
                        tuple(LegalBasis.LEGITIMATE_INTEREST, false));
        assertThat(register.activity("PROSPECTING").legalBases().get(1).condition().en()).startsWith("By post");
        assertThat(register.activity("PROSPECTING").legalBases().get(2).condition().en()).startsWith("To professionals");
        assertThat(register.activity("PROSPECTING").legalBases().get(3).condition().en())
                .startsWith("By electronic means, for similar goods");
        // 001 §4: a) exécution du contrat (plus approprié), b) intérêt légitime; exclusion automatisée -> contrat (art. 22.2.a)
        assertThat(register.activity("UNPAID_RECORDING").bases())
                .containsExactly(LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTEREST);
        assertThat(register.activity("UNPAID_EXCLUSION").legalBases().get(0))
                .satisfies(basis -> assertThat(basis.basis()).isEqualTo(LegalBasis.CONTRACT))
                .satisfies(basis -> assertThat(basis.condition().fr()).contains("entièrement automatisée", "22.2.a"));
    }

    @Test
    @DisplayName("REG-1 data categories follow the 000 §5 table and 001 §5")
    void dataCategoriesOfTheTables() {
        // 000 §5 table: Identity / Personal situation / Professional life / Settlement-Payment / Transaction /
        // Follow-up of the commercial relationship / opinions; sensitive data only with consent
        assertThat(register.activity("CONTRACT_MANAGEMENT").dataCategories()).extracting(DataCategoryView::code)
                .containsExactly("IDENTITY", "PERSONAL_SITUATION", "PAYMENT", "TRANSACTION", "RELATIONSHIP_FOLLOW_UP",
                        "SENSITIVE");
        assertThat(register.activity("CONTRACT_MANAGEMENT").dataCategories())
                .filteredOn(DataCategoryView::sensitive).singleElement()
                .satisfies(category -> assertThat(category.note().en()).contains("prior consent"));
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
        // §7: CVV deleted once payment is finalised; §7: inactive online account -> two years
        assertThat(register.activity("CONTRACT_MANAGEMENT").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.ARCHIVE),
                        tuple("P0D", RetentionTrigger.COLLECTION, EndAction.DELETE),
                        tuple("P2Y", RetentionTrigger.ACCOUNT_INACTIVITY, EndAction.DELETE));
        // 000 §4 table: loyalty programs -> duration of the contractual relationship
        assertThat(register.activity("LOYALTY").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(tuple("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.DELETE));
        // 000 §4 table: bookkeeping -> intermediate archive, accounting obligation of 10 years;
        // copy of an identity document -> 6 years (000 §4 table and §5 a)
        assertThat(register.activity("ACCOUNTING").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple("P10Y", RetentionTrigger.END_OF_CONTRACT, EndAction.DELETE),
                        tuple("P6Y", RetentionTrigger.COLLECTION, EndAction.DELETE));
        // 000 §4 table: surveys -> duration necessary (no fixed period); complaints, after-sales -> contract;
        // 000 §7: rights requests kept until the answer, identity proofs deleted once the request is granted
        assertThat(register.activity("CUSTOMER_RELATIONSHIP").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple(null, RetentionTrigger.COLLECTION, EndAction.DELETE),
                        tuple("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.ARCHIVE),
                        tuple("P0D", RetentionTrigger.ANSWER_TO_REQUEST, EndAction.ARCHIVE),
                        tuple("P0D", RetentionTrigger.ANSWER_TO_REQUEST, EndAction.DELETE));
        // 000 §4 table and §7: prospecting -> 3 years from the last contact (customers and prospects)
        assertThat(register.activity("PROSPECTING").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple("P3Y", RetentionTrigger.LAST_CONTACT, EndAction.DELETE),
                        tuple("P3Y", RetentionTrigger.LAST_CONTACT, EndAction.DELETE));
        // 001 §7: régularisation -> effacement sous 48 heures; sinon 5 ans à compter de la survenance de l'impayé
        assertThat(register.activity("UNPAID_EXCLUSION").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(
                        tuple("PT48H", RetentionTrigger.REGULARISATION, EndAction.DELETE),
                        tuple("P5Y", RetentionTrigger.INCIDENT, EndAction.DELETE));
        // 001 §5 a) + §7: copy of the identity document 6 years, in intermediate archive
        assertThat(register.activity("UNPAID_RECORDING").retentionRules())
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger)
                .containsExactly(
                        tuple("PT48H", RetentionTrigger.REGULARISATION),
                        tuple("P5Y", RetentionTrigger.INCIDENT),
                        tuple("P6Y", RetentionTrigger.COLLECTION));
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
