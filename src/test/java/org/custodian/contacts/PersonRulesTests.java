package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.custodian.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final FreeTextReview CLEAN = new FreeTextReview(List.of(), List.of());

    private static PersonData consumer(String lastName, String phone, LocalDate birthDate) {
        return new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, lastName, null, null, phone, birthDate,
                null, null, null, null, null, null);
    }

    private static List<String> rules(PersonData data) {
        return PersonRules.check(data, TODAY, CLEAN).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    @DisplayName("CON-1 a consumer with a last name is valid")
    void acceptsMinimalPerson() {
        assertThat(rules(consumer("Dupont", "+33 6 00 12 34 56", LocalDate.of(1980, 1, 1)))).isEmpty();
    }

    @Test
    @DisplayName("CON-1 the last name is required")
    void requiresLastName() {
        assertThat(rules(consumer(null, null, null))).containsExactly("lastName:required");
    }

    @Test
    @DisplayName("CON-1 a birth date must be in the past and less than 130 years ago")
    void checksBirthDate() {
        assertThat(rules(consumer("X", null, TODAY))).containsExactly("birthDate:past");
        assertThat(rules(consumer("X", null, TODAY.minusYears(131)))).containsExactly("birthDate:plausible");
    }

    @Test
    @DisplayName("CON-1 a phone number has 6 to 15 digits and phone punctuation only")
    void checksPhone() {
        assertThat(rules(consumer("X", "06 12", null))).containsExactly("phone:phone");
        assertThat(rules(consumer("X", "06 12 ab 34 56", null))).containsExactly("phone:phone");
        assertThat(rules(consumer("X", "(0)6.12.34.56.78", null))).isEmpty();
    }

    @Test
    @DisplayName("CON-1 a professional needs a company; a consumer has none")
    void checksProfessionalFields() {
        var professional = new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "X", null, null, null,
                null, null, null, "CEO", null, null, null);
        var consumer = new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "X", null, null, null,
                null, null, "ACME", "CEO", null, null, null);

        assertThat(rules(professional)).containsExactly("company:required");
        assertThat(rules(consumer)).containsExactly("company:professionalOnly", "jobTitle:professionalOnly");
    }

    @Test
    @DisplayName("PRO-2 a professional's sector is a few words on one line, 100 characters at most; a consumer has none")
    void checksSector() {
        var professional = new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "X", null,
                "contact@acme.fr", null, null, null, "ACME", "Acheteur", null, null, null, "Restauration collective",
                true);
        assertThat(rules(professional)).isEmpty();
        assertThat(rules(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "X", null, null, null, null,
                null, "ACME", null, null, null, null, "Hôtellerie\nrestauration", false)))
                .containsExactly("sector:sector");
        assertThat(rules(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "X", null, null, null, null,
                null, "ACME", null, null, null, null, "B".repeat(101), false))).containsExactly("sector:length");
        assertThat(rules(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "X", null, null, null, null,
                null, null, null, null, null, null, "Bâtiment", true)))
                .containsExactly("sector:professionalOnly", "genericAddress:professionalOnly");
    }

    @Test
    @DisplayName("CON-2 every identifier field goes through the identifier guard")
    void guardsIdentifierFields() {
        var data = new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "X", null, null, null, null, null,
                null, null, "4111 1111 1111 1111", "18AB12345", null);

        assertThat(rules(data)).containsExactly("accountingCode:CON-2.CARD", "externalRef:CON-2.PASSPORT");
    }

    @Test
    @DisplayName("CON-5 a note refused by the free-text guard is a violation of the notes field")
    void refusesNotes() {
        var data = consumer("X", null, null);
        var review = new FreeTextReview(List.of(IdentifierGuard.Kind.SOCIAL_SECURITY_NUMBER), List.of());

        assertThat(PersonRules.check(data, TODAY, review)).extracting(Violation::rule).containsExactly("CON-5.NIR");
    }
}
