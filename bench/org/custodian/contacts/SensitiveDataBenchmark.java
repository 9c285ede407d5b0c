package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.sql.DataSource;

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * SEC-5: what encrypting sensitive data costs. The cipher alone (AES-256-GCM, a 200-character value), then the facade
 * through the real Spring context: recording a datum, and reading a person's five data (one SELECT, five decryptions,
 * one audit entry) against the same SELECT without decryption or audit. Not a unit test: run with
 * {@code ./mvnw -B -Pbench test -Dtest=SensitiveDataBenchmark} (see docs/benchmarks.md); the results are printed and
 * written to target/bench/sensitive-data.md.
 */
@IntegrationTest
@Tag("bench")
@WithMockUser(username = "bench", roles = "SUPPORT")
class SensitiveDataBenchmark {

    private static final int CIPHER_OPS = 200_000;
    private static final int RECORDS = 2_000;
    private static final int READS = 5_000;
    private static final int DATA_PER_PERSON = 5;
    private static final String VALUE = "Allergie à l'arachide, traitement par adrénaline, suivi annuel. ".repeat(4)
            .substring(0, 200);
    private static final SensitiveConsent CONSENT = new SensitiveConsent("J'accepte que mes allergies soient conservées.",
            "allergies", 1, 1, "203.0.113.9", "Mozilla/5.0 (bench)", "bench");

    @Autowired
    FieldCipher cipher;

    @Autowired
    SensitiveData sensitiveData;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void measure() throws Exception {
        var sealed = cipher.encrypt(VALUE, "ctx");
        for (var i = 0; i < CIPHER_OPS / 4; i++) {
            cipher.decrypt(cipher.encrypt(VALUE, "ctx"), "ctx");
        }
        var encryptUs = micros(CIPHER_OPS, () -> cipher.encrypt(VALUE, "ctx"));
        var decryptUs = micros(CIPHER_OPS, () -> cipher.decrypt(sealed, "ctx"));

        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Bench", null, null,
                null, null, null, null, null, null, null, null)).id();
        try {
            var recordUs = micros(RECORDS, () -> sensitiveData.record(person, SensitiveCategory.HEALTH, "Q", VALUE,
                    CONSENT));
            jdbc.sql("DELETE FROM person_sensitive_data WHERE person_id = ?").param(person.value()).update();
            for (var i = 0; i < DATA_PER_PERSON; i++) {
                sensitiveData.record(person, SensitiveCategory.HEALTH, "Q" + i, VALUE, CONSENT);
            }
            var repository = new SensitiveDataRepository(jdbc);
            for (var i = 0; i < READS; i++) {
                assertThat(sensitiveData.of(person, "bench")).hasSize(DATA_PER_PERSON);
                repository.findByPerson(person);
            }
            var selectUs = micros(READS, () -> repository.findByPerson(person));
            var readUs = micros(READS, () -> sensitiveData.of(person, "bench"));

            var report = String.format(Locale.ROOT, """
                    ## SEC-5 sensitive data encryption (%s)

                    | operation | mean µs |
                    |---|---:|
                    | encrypt one 200-character value (AES-256-GCM, random IV) | %.1f |
                    | decrypt it | %.1f |
                    | `SensitiveData.record` (check, encrypt, INSERT, audit entry) | %.1f |
                    | SELECT of a person's %d data, no decryption, no audit | %.1f |
                    | `SensitiveData.of` for the same %d data (SELECT, %d decryptions, audit entry) | %.1f |
                    """, database(),
                    encryptUs, decryptUs, recordUs, DATA_PER_PERSON, selectUs, DATA_PER_PERSON, DATA_PER_PERSON,
                    readUs);
            System.out.println(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/sensitive-data.md"), report);
        } finally {
            persons.delete(person);
        }
    }

    private String database() throws Exception {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    private static double micros(int times, Runnable operation) {
        var started = System.nanoTime();
        for (var i = 0; i < times; i++) {
            operation.run();
        }
        return (System.nanoTime() - started) / 1_000.0 / times;
    }
}
