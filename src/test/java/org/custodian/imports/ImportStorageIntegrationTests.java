package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.Civility;
import org.custodian.contacts.PersonData;
import org.custodian.shared.PersonId;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * CON-10: what the bulk path stores (COPY in binary on PostgreSQL, batched INSERTs on H2) is what the row said.
 */
@IntegrationTest
@WithMockUser(username = "sam", roles = "SALES")
class ImportStorageIntegrationTests {

    @Autowired
    Imports imports;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final String tag = "STO" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @Test
    @DisplayName("CON-10 every field of an imported row is stored as written: accents, quotes, line breaks, dates, note flags")
    void everyFieldSurvives() throws Exception {
        var csv = "civilité;nom;prénom;email;téléphone;date de naissance;adresse;société;fonction;clientèle;statut;"
                + "code comptable;référence;note\n"
                + "Mme;Lefèvre-Œuvray;Éloïse \"Lou\";lou." + tag + "@Example.FR;+33 6 12 34 56 78;03/02/1985;"
                + "\"12 rue des Lilas\nBâtiment B; 2e étage\";Ça & Cie 日本;Responsable achats;professionnel;prospect;"
                + "411LEF;" + tag + ";\"Préfère le courrier ; diabète signalé 😀\"\n";

        var job = finished(csv);

        assertThat(job.created()).isEqualTo(1);
        var id = jdbc.sql("SELECT id FROM person WHERE external_ref = ?").param(tag).query(UUID.class).single();
        var person = persons.get(new PersonId(id), null);
        assertThat(person.data()).isEqualTo(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, Civility.MS,
                "Lefèvre-Œuvray", "Éloïse \"Lou\"", "lou." + tag + "@Example.FR", "+33 6 12 34 56 78",
                LocalDate.of(1985, 2, 3), "12 rue des Lilas\nBâtiment B; 2e étage", "Ça & Cie 日本", "Responsable achats",
                "411LEF", tag, "Préfère le courrier ; diabète signalé 😀", null, false,
                LocalDate.now(clock), null));
        assertThat(person.internalCode()).startsWith("CUS-");
        assertThat(person.reviewFlags()).extracting(flag -> flag.category()).containsExactly(SensitiveCategory.HEALTH);
        assertThat(person.createdAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
        assertThat(id.version()).isEqualTo(7);
        assertThat(persons.search("lefevre", org.custodian.shared.PageRequest.of(0, 10), null).content())
                .extracting(found -> found.id().value()).contains(id);
        assertThat(persons.findByEmail("LOU." + tag + "@example.fr", null)).map(found -> found.id().value())
                .contains(id);
    }

    @Test
    @DisplayName("CON-10 a value holding a null character refuses its row (PostgreSQL could not store it), not the batch")
    void nullCharacterRefusesTheRow() throws Exception {
        var job = finished("nom;référence\nMar\0tin;" + tag + "-1\nDurand;" + tag + "-2\n");

        assertThat(job.refused()).isEqualTo(1);
        assertThat(job.created()).isEqualTo(1);
        assertThat(imports.errors(job.id())).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("lastName");
            assertThat(error.rule()).isEqualTo("import.value");
        });
        assertThat(jdbc.sql("SELECT external_ref FROM person WHERE external_ref LIKE ?").param(tag + "%")
                .query(String.class).list()).containsExactly(tag + "-2");
    }

    private ImportJobView finished(String csv) throws InterruptedException {
        var job = imports.submit(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", "test",
                null, null, Locale.FRENCH);
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!job.state().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = imports.get(job.id());
        }
        assertThat(job.failure()).isNull();
        return job;
    }
}
