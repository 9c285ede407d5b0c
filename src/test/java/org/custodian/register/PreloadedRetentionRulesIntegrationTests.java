package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The preloaded retention rules say what the seeds say (issue 11 §1): 000 §4, §5 a) and §7 (commercial management),
 * 001 §5 a) and §7 (unpaid debts). The quoted fragments are copied from the seeds.
 */
@IntegrationTest
class PreloadedRetentionRulesIntegrationTests {

    @Autowired
    RetentionRules rules;

    @Autowired
    ProcessingRegister register;

    private RetentionRuleView rule(String activity, int position) {
        return rules.all().stream()
                .filter(rule -> rule.activityCode().equals(activity) && rule.position() == position)
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("RET-4 accounting records are archived, then deleted 10 years after the close of the financial year, not kept 10 years in the active base")
    void accountingIsArchivedThenDeletedTenYearsAfterTheYearEnd() {
        assertThat(rule("ACCOUNTING", 1))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction,
                        RetentionRuleView::archiveDuration, RetentionRuleView::archiveTrigger,
                        RetentionRuleView::archiveCondition, RetentionRuleView::archiveEndAction)
                .containsExactly("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.ARCHIVE, "P10Y",
                        ArchiveTrigger.END_OF_FINANCIAL_YEAR, ArchiveCondition.LEGAL_OBLIGATION, EndAction.DELETE);
        assertThat(rule("ACCOUNTING", 1).seedQuote().en())
                .contains("In the form of an intermediate archive: legal retention period (for example, accounting obligation of 10 years).");
    }

    @Test
    @DisplayName("CON-7 an identity document is looked at by default, never copied for 6 years; a copy the law requires goes straight to the archive for 6 years at most")
    void identityDocumentIsLookedAtNotCopied() {
        assertThat(rule("ACCOUNTING", 2))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly("P0D", RetentionTrigger.IDENTITY_CONFIRMED, EndAction.DELETE);
        assertThat(rule("ACCOUNTING", 2).seedQuote().en()).contains("the simple consultation of proof (identity document) may be sufficient");
        assertThat(List.of(rule("ACCOUNTING", 3), rule("UNPAID_RECORDING", 3)))
                .allSatisfy(copy -> assertThat(copy)
                        .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction,
                                RetentionRuleView::archiveDuration, RetentionRuleView::archiveEndAction)
                        .containsExactly("P0D", RetentionTrigger.COLLECTION, EndAction.ARCHIVE, "P6Y", EndAction.DELETE));
        assertThat(rules.all()).noneMatch(rule -> "P6Y".equals(rule.duration()));
    }

    @Test
    @DisplayName("RET-4 CON-6 card data is deleted once the payment is finalised, and the CVV is never stored")
    void cardDataUntilPaymentAndCvvNever() {
        assertThat(List.of(rule("CONTRACT_MANAGEMENT", 2), rule("CONTRACT_MANAGEMENT", 4)))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsOnly(tuple("P0D", RetentionTrigger.PAYMENT_FINALISED, EndAction.DELETE));
        assertThat(rule("CONTRACT_MANAGEMENT", 2).scope().fr()).contains("CVV", "jamais enregistré");
        assertThat(rule("CONTRACT_MANAGEMENT", 2).scope().en()).contains("CVV", "never stored");
        assertThat(rule("CONTRACT_MANAGEMENT", 2).seedQuote().en())
                .contains("The visual cryptogram of the credit card must be deleted as soon as the payment for the service or the purchase is finalized");
    }

    @Test
    @DisplayName("PRO-6 prospecting data runs 3 years from the end of the commercial relationship for customers, from collection or the last contact for prospects")
    void prospectingRunsFromTheRightEvent() {
        assertThat(List.of(rule("PROSPECTING", 1), rule("PROSPECTING", 2)))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly(tuple("P3Y", RetentionTrigger.END_OF_RELATIONSHIP, EndAction.DELETE),
                        tuple("P3Y", RetentionTrigger.LAST_CONTACT, EndAction.DELETE));
        assertThat(rule("PROSPECTING", 1).seedQuote().en()).contains(
                "a purchase, the expiry date of a warranty, the end of a service contract or the last contact from the customer");
        assertThat(rule("PROSPECTING", 2).seedQuote().en())
                .contains("the simple opening of an e-mail should not be considered as a contact emanating from the prospect");
    }

    @Test
    @DisplayName("RET-4 the triggers the standards use: consent withdrawn or objection, payment finalised, identity confirmed, answer to a request, two years of inactivity after notice")
    void triggersOfTheStandards() {
        assertThat(rule("PROSPECTING", 3))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsExactly("P0D", RetentionTrigger.CONSENT_WITHDRAWN_OR_OBJECTION, EndAction.DELETE);
        assertThat(rule("PROSPECTING", 3).seedQuote().en()).contains("Until consent is withdrawn or 3 years");
        assertThat(List.of(rule("CUSTOMER_RELATIONSHIP", 4), rule("RIGHTS_REQUESTS", 2)))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction)
                .containsOnly(tuple("P0D", RetentionTrigger.IDENTITY_CONFIRMED, EndAction.DELETE));
        assertThat(rule("CONTRACT_MANAGEMENT", 3))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger)
                .containsExactly("P2Y", RetentionTrigger.ACCOUNT_INACTIVITY);
        assertThat(rule("CONTRACT_MANAGEMENT", 3).seedQuote().en())
                .contains("the users concerned may be notified before the expiry of this period");
    }

    @Test
    @DisplayName("RET-4 a rights request is kept until answered; the answer is archived as evidence for 5 years, then deleted")
    void rightsRequestUntilAnsweredThenArchivedAsEvidence() {
        assertThat(List.of(rule("RIGHTS_REQUESTS", 1), rule("CUSTOMER_RELATIONSHIP", 3)))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction,
                        RetentionRuleView::archiveDuration, RetentionRuleView::archiveCondition,
                        RetentionRuleView::archiveEndAction)
                .containsOnly(tuple("P0D", RetentionTrigger.ANSWER_TO_REQUEST, EndAction.ARCHIVE, "P5Y",
                        ArchiveCondition.EVIDENCE, EndAction.DELETE));
    }

    @Test
    @DisplayName("RET-4 contract data: the contractual relationship, then archived as evidence for the civil limitation period (5 years), then deleted")
    void contractDataArchivedAsEvidence() {
        assertThat(List.of(rule("CONTRACT_MANAGEMENT", 1), rule("CUSTOMER_RELATIONSHIP", 2)))
                .extracting(RetentionRuleView::duration, RetentionRuleView::trigger, RetentionRuleView::endAction,
                        RetentionRuleView::archiveDuration, RetentionRuleView::archiveTrigger,
                        RetentionRuleView::archiveCondition, RetentionRuleView::archiveEndAction)
                .containsOnly(tuple("P0D", RetentionTrigger.END_OF_CONTRACT, EndAction.ARCHIVE, "P5Y",
                        ArchiveTrigger.ARCHIVING, ArchiveCondition.EVIDENCE, EndAction.DELETE));
        assertThat(rule("CONTRACT_MANAGEMENT", 1).seedQuote().en())
                .contains("for a reasonable period", "within the limit of the applicable limitation period");
    }

    @Test
    @DisplayName("RET-2 every rule that ends in the archive says for how long, from when, why, and how the archive ends; none ends in another archive")
    void everyArchiveHasAnEnd() {
        var archived = rules.all().stream().filter(RetentionRuleView::archives).toList();
        assertThat(archived).hasSizeGreaterThanOrEqualTo(6).allSatisfy(rule -> {
            assertThat(rule.archiveAmount()).isNotNull();
            assertThat(rule.archiveTrigger()).isNotNull();
            assertThat(rule.archiveCondition()).isNotNull();
            assertThat(rule.archiveEndAction()).isIn(EndAction.DELETE, EndAction.ANONYMISE);
            assertThat(NoIndefiniteRetention.violations(ActivityChange.RetentionRow.of(rule))).isEmpty();
        });
        assertThat(rules.all()).filteredOn(rule -> !rule.archives())
                .allSatisfy(rule -> assertThat(rule.archiveDuration()).isNull());
    }

    @Test
    @DisplayName("RET-1 no rule is without an end, except those the standards leave to the controller, which are flagged")
    void noRuleWithoutAnEndButThoseLeftToTheController() {
        assertThat(rules.all()).filteredOn(rule -> !rule.isFixed())
                .extracting(RetentionRuleView::activityCode, RetentionRuleView::position)
                .containsExactlyInAnyOrder(tuple("FINANCIAL_STATISTICS", 1), tuple("CUSTOMER_RELATIONSHIP", 1),
                        tuple("CUSTOMER_STUDIES", 1), tuple("CUSTOMER_STUDIES", 2), tuple("OPINIONS", 1));
        assertThat(register.activities()).filteredOn(activity -> activity.retentionRules().stream()
                        .anyMatch(rule -> !rule.isFixed()))
                .allSatisfy(activity -> assertThat(activity.hasUnfixedRetention()).isTrue());
    }

    @Test
    @DisplayName("RET-1 every rule of the standards keeps their exact wording with its section in words; a French rendering of the English seed says it is a translation")
    void everyRuleOfTheStandardsKeepsTheirWording() {
        var ofTheStandards = rules.all().stream()
                .filter(rule -> List.of("CONTRACT_MANAGEMENT", "LOYALTY", "ACCOUNTING", "FINANCIAL_STATISTICS",
                        "CUSTOMER_RELATIONSHIP", "CUSTOMER_STUDIES", "PROSPECTING", "UNPAID_RECORDING",
                        "UNPAID_EXCLUSION").contains(rule.activityCode()))
                .toList();
        assertThat(ofTheStandards).allSatisfy(rule -> {
            assertThat(rule.seedQuote().fr()).startsWith("Référentiel CNIL « gestion");
            assertThat(rule.seedQuote().en()).startsWith("CNIL standard on");
        });
        assertThat(rule("UNPAID_EXCLUSION", 2).seedQuote().fr())
                .contains("dans la limite de 5 ans à compter de la survenance de l'impayé");
        assertThat(rule("PROSPECTING", 2).seedQuote().fr()).contains("traduit de la version anglaise");
    }

    @Test
    @DisplayName("RET-1 the rules are readable as one list, each with its activity, in the register's order")
    void rulesAreReadableAsOneList() {
        assertThat(rules.all()).hasSize(register.activities().stream().mapToInt(a -> a.retentionRules().size()).sum());
        assertThat(rules.all().get(0)).extracting(RetentionRuleView::activityCode, RetentionRuleView::position)
                .containsExactly("CONTRACT_MANAGEMENT", 1);
    }
}
