package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * DSR-3, DSR-5: the person's file itself in an access request and an erasure.
 */
@IntegrationTest
@WithMockUser(username = "sacha", roles = "SUPPORT")
class ContactsDataHolderIntegrationTests {

    @Autowired
    ContactsDataHolder holder;
    @Autowired
    Persons persons;
    @Autowired
    SensitiveData sensitiveData;
    @Autowired
    JdbcClient jdbc;

    PersonId person;
    String email;

    @BeforeEach
    void personWithHistoryAndSensitiveData() {
        email = "File." + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
        var data = new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Fichier", "Léa", email, null, null,
                null, null, null, null, null, "Préfère être appelée le matin");
        person = persons.create(data).id();
        persons.update(person, new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Fichier", "Léa", email,
                "06 11 22 33 44", null, null, null, null, null, null, data.notes()));
        sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies", "Arachides",
                new SensitiveConsent("J'accepte que mes allergies soient notées.", "allergies", 1, 1, "203.0.113.9",
                        "Mozilla/5.0", "form:allergies"));
    }

    @Test
    @DisplayName("DSR-3 the export holds the file, its whole history and the sensitive data decrypted with their proof")
    void exportsTheWholeFile() {
        var export = holder.export(person);

        assertThat(export.section()).isEqualTo("contacts");
        assertThat(export.records().get("person")).singleElement()
                .satisfies(view -> assertThat(((PersonView) view).data().phone()).isEqualTo("06 11 22 33 44"));
        assertThat(export.records().get("history")).hasSize(2);
        assertThat(export.records().get("sensitive_data")).singleElement().satisfies(datum -> {
            assertThat(((SensitiveDatum) datum).value()).isEqualTo("Arachides");
            assertThat(((SensitiveDatum) datum).consent().ip()).isEqualTo("203.0.113.9");
        });
    }

    @Test
    @DisplayName("DSR-5 the address is known, lower-cased, while the erasure runs, and no more after it")
    void addressesWhileErasing() {
        // The state persons.delete leaves until the erasure has run, set here without starting it: the erasure runs
        // asynchronously after the commit and may otherwise be over before the first assertion.
        jdbc.sql("UPDATE person SET erasure_requested_at = CURRENT_TIMESTAMP WHERE id = ?").param(person.value()).update();

        assertThat(holder.emailAddresses(person)).containsExactly(email.toLowerCase());
        holder.erase(person, ErasureMode.ERASE);
        assertThat(holder.emailAddresses(person)).isEmpty();
    }

    @Test
    @DisplayName("DSR-5 erasure deletes the person, note flags, history and sensitive data; a second one changes nothing")
    void erasesTheFileOnce() {
        var first = holder.erase(person, ErasureMode.ERASE);

        // sensitive datum, two history entries with their fields, the person
        assertThat(first.erased()).isGreaterThanOrEqualTo(5);
        assertThat(first.kept()).isEmpty();
        for (var table : new String[] {"person_sensitive_data", "person_change", "person_note_flag"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE person_id = ?").param(person.value())
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(holder.export(person).isEmpty()).isTrue();
        assertThat(holder.erase(person, ErasureMode.ERASE).changedNothing()).isTrue();
    }
}
