package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FreeTextGuardTests {

    private final FreeTextGuard guard = new FreeTextGuard();

    @Test
    @DisplayName("CON-5 refuses a note holding a card number")
    void refusesCardNumberInText() {
        var review = guard.review("Paiement avec la carte 4111 1111 1111 1111 exp 12/27");

        assertThat(review.acceptable()).isFalse();
        assertThat(review.refusals()).containsExactly(IdentifierGuard.Kind.PAYMENT_CARD);
    }

    @Test
    @DisplayName("CON-5 refuses a note holding a NIR, Corsican included")
    void refusesNirInText() {
        var review = guard.review("Son numéro de sécu : 2 90 12 2A 004 123 67, à rappeler");

        assertThat(review.refusals()).containsExactly(IdentifierGuard.Kind.SOCIAL_SECURITY_NUMBER);
    }

    @Test
    @DisplayName("CON-5 accepts order numbers and phone numbers in a note")
    void acceptsOrdinaryNumbers() {
        var review = guard.review("Commande 4111 1111 1111 1112 livrée, rappeler au 06 12 34 56 78 le 12/03/2025");

        assertThat(review.clean()).isTrue();
    }

    @Test
    @DisplayName("CON-5 flags health terms without regard to accents or case (JOURNEYS Camille 5)")
    void flagsHealthTerms() {
        var review = guard.review("Cliente DIABETIQUE, et enceinte");

        assertThat(review.acceptable()).isTrue();
        assertThat(review.flags()).containsExactly(
                new ReviewFlag(SensitiveCategory.HEALTH, java.util.List.of("diabetique", "enceinte")));
    }

    @Test
    @DisplayName("CON-5 flags English terms, plural forms and several categories at once")
    void flagsEnglishTermsAndCategories() {
        var review = guard.review("Diabetic customer, muslim, union member; called us idiots.");

        assertThat(review.flags()).extracting(ReviewFlag::category).containsExactlyInAnyOrder(
                SensitiveCategory.HEALTH, SensitiveCategory.RELIGION, SensitiveCategory.UNION,
                SensitiveCategory.INSULT);
        assertThat(review.flags()).filteredOn(flag -> flag.category() == SensitiveCategory.INSULT)
                .singleElement().extracting(ReviewFlag::terms).asList().containsExactly("idiots");
    }

    @Test
    @DisplayName("CON-5 flags sexual orientation, politics and ethnic origin in French")
    void flagsOtherArticle9Categories() {
        var review = guard.review("Il est homosexuel, syndiqué à la CGT, militant d'extrême-droite, d'origine maghrébine");

        assertThat(review.flags()).extracting(ReviewFlag::category).contains(
                SensitiveCategory.SEXUAL_ORIENTATION, SensitiveCategory.UNION, SensitiveCategory.POLITICS,
                SensitiveCategory.ETHNIC_ORIGIN);
    }

    @Test
    @DisplayName("CON-5 matches whole words only")
    void matchesWholeWordsOnly() {
        var review = guard.review("Souhaite être recontacté pour le contrat de maintenance, concession de Lyon");

        assertThat(review.clean()).isTrue();
    }
}
