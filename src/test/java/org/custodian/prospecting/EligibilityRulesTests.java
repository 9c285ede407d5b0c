package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.contacts.GenericCompanyAddress;
import org.custodian.consent.ConsentStatus;
import org.custodian.prospecting.EligibilityDecision.Outcome;
import org.custodian.prospecting.ProspectFacts.RestrictionFact;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PRO-2: the rules in their legal order, the first decisive one answering; and NESTOR (seed 003) replayed: "des
 * personnes non clientes [...] sans que les personnes n'aient préalablement consenti", professionals collected "sur un
 * réseau social professionnel" whose jobs had nothing to do with the meals sold.
 */
class EligibilityRulesTests {

    private static final CampaignTerms MEALS_FOR_BUYERS = new CampaignTerms(Channel.EMAIL, "PROSPECTING", "REPAS",
            List.of("restauration collective", "achats"));

    private final EligibilityRules rules = EligibilityRules.standard(ZoneOffset.UTC);

    private EligibilityDecision decide(Facts facts) {
        return rules.decide(facts.build(), Facts.GARDEN, Facts.TODAY);
    }

    @Test
    @DisplayName("PRO-2 NESTOR: scraped professionals whose jobs are unrelated to the campaign are excluded with that reason")
    void scrapedProfessionalsWithUnrelatedJobsAreExcluded() {
        for (var job : List.of("Développeuse web", "Chargé de recrutement", "Architecte logiciel")) {
            var facts = Facts.professional(job, "Services numériques");
            facts.oppositionOffered = false;

            var decision = rules.decide(facts.build(), MEALS_FOR_BUYERS, Facts.TODAY);

            assertThat(decision.outcome()).as(job).isEqualTo(Outcome.EXCLUDED);
            assertThat(decision.reasonKey()).as(job).isEqualTo("prospecting.reason.relevance.unrelated");
        }
    }

    @Test
    @DisplayName("PRO-2 NESTOR: consumers who never consented are excluded")
    void consumersWithoutConsentAreExcluded() {
        var decision = decide(Facts.consumer());

        assertThat(decision.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(decision.rule()).isEqualTo(EligibilityRule.CONSENT);
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.consent.missing");
    }

    @Test
    @DisplayName("PRO-2 a soft opt-in customer is in for the family they bought")
    void softOptInCustomerIsInForTheSameFamily() {
        var decision = decide(Facts.consumer().customerOf("JARDIN", "2026-03-02"));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.rule()).isEqualTo(EligibilityRule.SOFT_OPT_IN);
    }

    @Test
    @DisplayName("PRO-2 the same soft opt-in customer is out for another family")
    void softOptInCustomerIsOutForAnotherFamily() {
        var decision = decide(Facts.consumer().customerOf("LITERIE", "2026-03-02"));

        assertThat(decision.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.softOptIn.otherFamily");
    }

    @Test
    @DisplayName("PRO-2 a confirmed consent is the basis even for a customer of another family")
    void consentComesBeforeSoftOptIn() {
        var decision = decide(Facts.consumer().customerOf("LITERIE", "2026-03-02")
                .consent(ConsentStatus.ACTIVE, "2026-04-01"));

        assertThat(decision.rule()).isEqualTo(EligibilityRule.CONSENT);
        assertThat(decision.eligible()).isTrue();
    }

    @Test
    @DisplayName("PRO-2 an objection prevails over everything, a generic address included")
    void objectionPrevails() {
        var facts = Facts.professional("Acheteur", null).consent(ConsentStatus.OBJECTED, "2026-05-01");
        facts.genericAddress = GenericCompanyAddress.Basis.FLAGGED;

        assertThat(decide(facts).rule()).isEqualTo(EligibilityRule.OPPOSITION);
    }

    @Test
    @DisplayName("PRO-3 a suppression-list entry prevails over the soft opt-in")
    void suppressionPrevailsOverSoftOptIn() {
        var decision = decide(Facts.consumer().customerOf("JARDIN", "2026-03-02")
                .suppressed(SuppressionChannel.ALL, "2026-04-01"));

        assertThat(decision.rule()).isEqualTo(EligibilityRule.SUPPRESSION_LIST);
        assertThat(decision.outcome()).isEqualTo(Outcome.EXCLUDED);
    }

    @Test
    @DisplayName("PRO-3 a consent given after the opposition lifts it, and the decision says so with both as evidence")
    void laterConsentLiftsTheSuppression() {
        var facts = Facts.consumer().suppressed(SuppressionChannel.EMAIL, "2026-01-10")
                .consent(ConsentStatus.ACTIVE, "2026-03-01");

        var decision = decide(facts);

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.consent.liftsSuppression");
        assertThat(decision.evidence()).containsKeys("consentId", "suppressionEntryId", "suppressionLiftedByConsent");
    }

    @Test
    @DisplayName("DSR-5 a restriction prevails over a consent")
    void restrictionPrevailsOverConsent() {
        var facts = Facts.consumer().consent(ConsentStatus.ACTIVE, "2026-03-01");
        facts.restriction = new RestrictionFact(UUID.randomUUID(), Facts.at("2026-05-01"));

        assertThat(decide(facts).rule()).isEqualTo(EligibilityRule.RESTRICTION);
    }

    @Test
    @DisplayName("PRO-6 a consent does not keep a prospect canvassed beyond 3 years without contact")
    void retentionPrevailsOverConsent() {
        var facts = Facts.consumer().consent(ConsentStatus.ACTIVE, "2022-01-01");
        facts.collectedOn = Facts.TODAY.minusYears(4);

        assertThat(decide(facts).rule()).isEqualTo(EligibilityRule.RETENTION);
    }

    @Test
    @DisplayName("PRO-2 a professional's generic address is in, outside the consent rules")
    void genericAddressIsIn() {
        var facts = Facts.professional(null, null);
        facts.email = "info@entreprise.example";
        facts.genericAddress = GenericCompanyAddress.Basis.LISTED;

        var decision = decide(facts);

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.rule()).isEqualTo(EligibilityRule.GENERIC_ADDRESS);
    }

    @Test
    @DisplayName("PRO-2 a professional canvassed about their profession is in without consent")
    void relevantProfessionalIsIn() {
        var decision = rules.decide(Facts.professional("Responsable des achats", null).build(), MEALS_FOR_BUYERS,
                Facts.TODAY);

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.rule()).isEqualTo(EligibilityRule.PROFESSIONAL_RELEVANCE);
    }

    @Test
    @DisplayName("PRO-2 a consumer's job title does not replace consent")
    void consumerJobDoesNotCount() {
        var facts = Facts.consumer();
        facts.jobTitle = "Acheteur";

        assertThat(rules.decide(facts.build(), MEALS_FOR_BUYERS, Facts.TODAY).outcome()).isEqualTo(Outcome.EXCLUDED);
    }

    @Test
    @DisplayName("PRO-2 without an address there is nothing to send")
    void noAddressIsOut() {
        var facts = Facts.consumer().consent(ConsentStatus.ACTIVE, "2026-03-01");
        facts.email = null;

        assertThat(decide(facts).rule()).isEqualTo(EligibilityRule.NO_ADDRESS);
    }

    @Test
    @DisplayName("PRO-8 a consenting person over the cap is postponed, not excluded")
    void overTheCapIsPostponed() {
        var facts = Facts.consumer().consent(ConsentStatus.ACTIVE, "2026-03-01");
        facts.messages = 4;

        var decision = decide(facts);

        assertThat(decision.outcome()).isEqualTo(Outcome.POSTPONED);
        assertThat(decision.evidence()).containsEntry("basis", "CONSENT");
    }

    @Test
    @DisplayName("PRO-8 an excluded person over the cap keeps the reason of their exclusion")
    void excludedOverTheCapStaysExcluded() {
        var facts = Facts.consumer();
        facts.messages = 10;

        assertThat(decide(facts).rule()).isEqualTo(EligibilityRule.CONSENT);
    }
}
