package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 003: "si les données concernées ne permettent pas l'identification de personnes physiques (exemple :
 * coordonnées génériques de contacts de personnes morales non identifiantes), les règles afférentes au recueil
 * préalable du consentement ne sont pas applicables."
 */
class GenericAddressesTests {

    private final GenericAddresses generic = new GenericAddresses(GenericAddresses.DEFAULT);

    @Test
    @DisplayName("PRO-2 a company's contact@ address is outside the consent rules, and the decision says so")
    void contactAddressIsOutsideConsentRules() {
        var facts = Facts.professional(null, null);
        facts.email = "Contact@Entreprise.example";

        var decision = generic.decide(facts.build()).orElseThrow();

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.rule()).isEqualTo(EligibilityRule.GENERIC_ADDRESS);
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.generic.listed");
    }

    @Test
    @DisplayName("PRO-2 an address staff marked as generic is outside the consent rules")
    void markedAddressIsGeneric() {
        var facts = Facts.professional(null, null);
        facts.email = "standard.paris@entreprise.example";
        facts.markedGeneric = true;

        assertThat(generic.decide(facts.build()).orElseThrow().reasonKey())
                .isEqualTo("prospecting.reason.generic.marked");
    }

    @Test
    @DisplayName("PRO-2 a named professional's address identifies a person: the consent rules apply")
    void namedAddressIsNotGeneric() {
        assertThat(generic.decide(Facts.professional("Acheteur", null).build())).isEmpty();
    }

    @Test
    @DisplayName("PRO-2 a consumer's contact@ address is their own: never generic")
    void consumerAddressIsNeverGeneric() {
        var facts = Facts.consumer();
        facts.email = "contact@jean-dupont.example";

        assertThat(generic.decide(facts.build())).isEmpty();
    }

    @Test
    @DisplayName("PRO-2 the list of generic addresses cannot be empty")
    void listIsValidated() {
        assertThatThrownBy(() -> new GenericAddresses(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
