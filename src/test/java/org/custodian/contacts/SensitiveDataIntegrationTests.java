package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "sacha", roles = "SUPPORT")
class SensitiveDataIntegrationTests {

    private static final String PURPOSE = "test/sensitive-data";
    private static final SensitiveConsent CONSENT = new SensitiveConsent(
            "J'accepte que mes allergies soient conservées pour adapter mes commandes.", "allergies", 2, 3,
            "203.0.113.9", "Mozilla/5.0 (Test)", "form:allergies");

    @Autowired
    SensitiveData sensitiveData;

    @Autowired
    Persons persons;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private PersonId person() {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Sensible" + suffix,
                "Alex", null, null, null, null, null, null, null, null, null)).id();
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT * FROM person_sensitive_data WHERE id = ?").param(id).query().singleRow();
    }

    private long rowsOf(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM person_sensitive_data WHERE person_id = ?").param(person.value())
                .query(Long.class).single();
    }

    @Test
    @DisplayName("SEC-5 the stored value cannot be read in the table: Base64 ciphertext, no part of the plaintext")
    void storedEncrypted() {
        var person = person();
        var value = "Allergie sévère à l'arachide " + suffix;

        var id = sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies alimentaires", value, CONSENT);

        var row = row(id);
        var ciphertext = (String) row.get("ciphertext");
        assertThat(ciphertext).isNotEqualTo(value).doesNotContain(suffix).doesNotContainIgnoringCase("arachide")
                .doesNotContainIgnoringCase("allergie");
        assertThat(Base64.getDecoder().decode(ciphertext)).hasSizeGreaterThan(12 + 16);
        assertThat(row.values()).noneMatch(column -> column != null && column.toString().contains(suffix));
        assertThat(row.get("key_id")).isEqualTo(new FieldCipher(
                Base64.getDecoder().decode("dGVzdC1vbmx5LWRhdGEta2V5LTAxMjM0NTY3ODlhYmM=")).keyId());
        assertThat(row).containsEntry("category", "HEALTH").containsEntry("label", "Allergies alimentaires")
                .containsEntry("consent_source", "form:allergies").containsEntry("recorded_by", "sacha");
    }

    @Test
    @DisplayName("CON-4 SEC-5 a datum comes back decrypted through the facade with the proof of its explicit consent")
    void roundTrip() {
        var person = person();
        var before = clock.instant();

        var id = sensitiveData.record(person, SensitiveCategory.RELIGION, "  Régime alimentaire  ",
                "  Repas casher  ", CONSENT);

        var data = sensitiveData.of(person, PURPOSE);
        assertThat(data).singleElement().satisfies(datum -> {
            assertThat(datum.id()).isEqualTo(id);
            assertThat(datum.personId()).isEqualTo(person);
            assertThat(datum.category()).isEqualTo(SensitiveCategory.RELIGION);
            assertThat(datum.label()).isEqualTo("Régime alimentaire");
            assertThat(datum.value()).isEqualTo("Repas casher");
            assertThat(datum.recordedBy()).isEqualTo("sacha");
            assertThat(datum.recordedAt()).isCloseTo(before, within(1, ChronoUnit.SECONDS));
            assertThat(datum.consent()).isEqualTo(CONSENT);
        });
    }

    @Test
    @DisplayName("CON-4 a sensitive datum without the consent's text or source is refused and nothing is stored")
    void refusedWithoutConsent() {
        var person = person();

        for (var consent : List.of(new SensitiveConsent("  ", null, null, null, null, null, "form:x"),
                new SensitiveConsent("J'accepte.", null, null, null, null, null, null))) {
            assertThatThrownBy(() -> sensitiveData.record(person, SensitiveCategory.HEALTH, "Q", "asthme", consent))
                    .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                            .extracting(Violation::field, Violation::rule).containsExactly(tuple("sensitive", "consent")));
        }
        assertThatThrownBy(() -> sensitiveData.record(person, SensitiveCategory.HEALTH, "Q", "asthme", null))
                .isInstanceOf(InvalidPersonData.class);
        assertThat(rowsOf(person)).isZero();
    }

    @Test
    @DisplayName("CON-4 a blank or too long value, an insult category and a missing person are refused")
    void otherRefusals() {
        var person = person();

        assertThatThrownBy(() -> sensitiveData.record(person, SensitiveCategory.INSULT, "Q", " ", CONSENT))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::rule).containsExactly("required", "category"));
        assertThatThrownBy(() -> sensitiveData.record(person, SensitiveCategory.POLITICS, "Q", "x".repeat(2001),
                CONSENT)).isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(invalid.violations())
                        .singleElement().satisfies(violation -> {
                            assertThat(violation.rule()).isEqualTo("length");
                            assertThat(violation.arguments()).containsExactly(2000);
                        }));
        assertThatThrownBy(() -> sensitiveData.record(new PersonId(UUID.randomUUID()), SensitiveCategory.UNION,
                "Q", "CFDT", CONSENT)).isInstanceOf(PersonNotFound.class);
        assertThat(rowsOf(person)).isZero();

        sensitiveData.record(person, SensitiveCategory.POLITICS, "Q", "é".repeat(2000), CONSENT);
        assertThat(sensitiveData.of(person, PURPOSE)).singleElement()
                .satisfies(datum -> assertThat(datum.value()).hasSize(2000));
    }

    @Test
    @DisplayName("CON-4 erasing a datum (consent withdrawn) removes it and its proof; erasing it again does nothing")
    void erase() {
        var person = person();
        var kept = sensitiveData.record(person, SensitiveCategory.HEALTH, "Q1", "diabète", CONSENT);
        var erased = sensitiveData.record(person, SensitiveCategory.SEXUAL_ORIENTATION, "Q2", "bisexuel", CONSENT);

        sensitiveData.erase(erased);
        sensitiveData.erase(erased);

        assertThat(sensitiveData.of(person, PURPOSE)).extracting(SensitiveDatum::id).containsExactly(kept);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_sensitive_data WHERE id = ?").param(erased)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("CON-4 DSR-5 deleting the person deletes its sensitive data once the erasure has run")
    void cascadeOnPersonDelete() {
        var person = person();
        sensitiveData.record(person, SensitiveCategory.ETHNIC_ORIGIN, "Q", "valeur", CONSENT);
        sensitiveData.record(person, SensitiveCategory.UNION, "Q", "valeur", CONSENT);

        persons.delete(person);

        await().atMost(Duration.ofSeconds(30)).until(() -> persons.erasureComplete(person));
        assertThat(rowsOf(person)).isZero();
        assertThatThrownBy(() -> sensitiveData.of(person, PURPOSE)).isInstanceOf(PersonNotFound.class);
    }

    @Test
    @DisplayName("SEC-5 a ciphertext moved onto another row or person does not decrypt: the value is unreadable, not swapped")
    void movedCiphertextIsUnreadable() {
        var first = person();
        var second = person();
        var firstId = sensitiveData.record(first, SensitiveCategory.HEALTH, "Q", "enceinte", CONSENT);
        var secondId = sensitiveData.record(second, SensitiveCategory.HEALTH, "Q", "en bonne santé", CONSENT);

        jdbc.sql("UPDATE person_sensitive_data SET ciphertext = ? WHERE id = ?")
                .params(row(firstId).get("ciphertext"), secondId).update();

        assertThat(sensitiveData.of(second, PURPOSE)).singleElement()
                .satisfies(datum -> assertThat(datum.value()).isNull());
        assertThat(sensitiveData.of(first, PURPOSE)).singleElement()
                .satisfies(datum -> assertThat(datum.value()).isEqualTo("enceinte"));
    }

    @Test
    @DisplayName("SEC-3 CON-4 recording, reading (with its purpose) and erasing are audited under the person's id")
    void audited() {
        var person = person();
        var id = sensitiveData.record(person, SensitiveCategory.HEALTH, "Q", "asthme", CONSENT);
        sensitiveData.of(person, PURPOSE);
        sensitiveData.erase(id);

        auditLog.flush();
        var entries = jdbc.sql("SELECT actor, action, purpose FROM audit_entry WHERE resource_type = ? "
                        + "AND resource_id = ? ORDER BY sequence_no")
                .params(SensitiveData.RESOURCE, person.toString())
                .query((rs, n) -> tuple(rs.getString("actor"), rs.getString("action"), rs.getString("purpose")))
                .list();
        assertThat(entries).containsExactly(tuple("sacha", "CREATE", null), tuple("sacha", "READ", PURPOSE),
                tuple("sacha", "DELETE", null));
    }
}
