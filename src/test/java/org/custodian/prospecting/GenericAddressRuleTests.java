package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.contacts.GenericCompanyAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PRO-2, seed 003: a company's generic address identifies no one and falls outside the consent rules. */
class GenericAddressRuleTests {

    @Test
    @DisplayName("PRO-2 a company's contact@ address, on the maintained list, is outside the consent rules, and the "
            + "decision says so")
    void listedAddressIsOutsideConsentRules() {
        var facts = Facts.professional(null, null);
        facts.email = "contact@entreprise.example";
        facts.genericAddress = GenericCompanyAddress.Basis.LISTED;

        var decision = GenericAddressRule.decide(facts.build()).orElseThrow();

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.rule()).isEqualTo(EligibilityRule.GENERIC_ADDRESS);
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.generic.listed");
    }

    @Test
    @DisplayName("PRO-2 an address staff marked as generic is outside the consent rules")
    void markedAddressIsGeneric() {
        var facts = Facts.professional(null, null);
        facts.email = "standard.paris@entreprise.example";
        facts.genericAddress = GenericCompanyAddress.Basis.FLAGGED;

        assertThat(GenericAddressRule.decide(facts.build()).orElseThrow().reasonKey())
                .isEqualTo("prospecting.reason.generic.marked");
    }

    @Test
    @DisplayName("PRO-2 a named professional's address identifies a person: the consent rules apply")
    void namedAddressIsNotGeneric() {
        assertThat(GenericAddressRule.decide(Facts.professional("Acheteur", null).build())).isEmpty();
    }

    @Test
    @DisplayName("PRO-2 a consumer's contact@ address is their own: never generic")
    void consumerAddressIsNeverGeneric() {
        var facts = Facts.consumer();
        facts.email = "contact@jean-dupont.example";
        facts.genericAddress = GenericCompanyAddress.Basis.LISTED;

        assertThat(GenericAddressRule.decide(facts.build())).isEmpty();
    }
}
