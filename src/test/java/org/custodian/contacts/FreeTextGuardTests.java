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
        var review = guard.review("Commande 9111 1111 1111 1112 livrée, rappeler au 06 12 34 56 78 le 12/03/2025");

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

    @Test
    @DisplayName("CON-5 refuses a note holding a card number grouped by dots or slashes")
    void refusesCardNumberGroupedByDots() {
        assertThat(guard.review("carte 4111.1111.1111.1111").refusals()).containsExactly(IdentifierGuard.Kind.PAYMENT_CARD);
        assertThat(guard.review("carte 4111/1111/1111/1111").refusals()).containsExactly(IdentifierGuard.Kind.PAYMENT_CARD);
    }

    @Test
    @DisplayName("CON-2 CON-5 flags, without refusing, a note holding a NIR without its key")
    void flagsNirWithoutKey() {
        var review = guard.review("NIR 1 85 05 78 006 084, clé inconnue");

        assertThat(review.acceptable()).isTrue();
        assertThat(review.flags()).extracting(ReviewFlag::category).containsExactly(SensitiveCategory.SUSPECTED_IDENTIFIER);
    }

    @Test
    @DisplayName("CON-2 CON-5 flags a note holding a NIR with a wrong key, or a card-like number failing the Luhn check")
    void flagsWrongKeyAndLuhnFailure() {
        assertThat(guard.review("sécu 1 85 05 78 006 084 92").flags()).extracting(ReviewFlag::category)
                .containsExactly(SensitiveCategory.SUSPECTED_IDENTIFIER);
        assertThat(guard.review("Commande 4111 1111 1111 1112 livrée").flags()).extracting(ReviewFlag::category)
                .containsExactly(SensitiveCategory.SUSPECTED_IDENTIFIER);
    }

    @Test
    @DisplayName("CON-2 CON-5 flags the number of a residence permit, a driving licence, a passport or an identity card")
    void flagsIdentityDocumentNumbers() {
        for (var note : new String[] {"Titre de séjour n° 7503123456 valable 2027", "permis de conduire : 880692310285",
                "Passport number 18AB12345", "carte d'identité n° 880692310285", "residence permit no. IF1234567"}) {
            assertThat(guard.review(note).flags()).as(note).extracting(ReviewFlag::category)
                    .containsExactly(SensitiveCategory.SUSPECTED_IDENTIFIER);
        }
    }

    @Test
    @DisplayName("CON-2 mentions of a document without its number are not flagged")
    void documentWithoutNumberNotFlagged() {
        assertThat(guard.review("A présenté son passeport et son permis de conduire le 12/03").clean()).isTrue();
    }

    @Test
    @DisplayName("CON-2 CON-5 a person's identifiers and text fields are reviewed too, naming the fields to check")
    void reviewsPersonFields() {
        var data = new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Martin", null, null, null, null,
                "12 rue des Lilas, NIR 2 90 12 2A 004 123", null, null, "1850578006084", null, "RAS");

        var review = guard.review(data);

        assertThat(review.acceptable()).isTrue();
        assertThat(review.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.category()).isEqualTo(SensitiveCategory.SUSPECTED_IDENTIFIER);
            assertThat(flag.terms()).containsExactly("address", "accountingCode");
        });
    }
}
