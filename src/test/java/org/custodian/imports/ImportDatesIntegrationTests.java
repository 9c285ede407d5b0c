package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * RET-1, PRO-6 (issue 11 §4) through the CSV import: the day each person's data was collected and their last contact,
 * brought from the old file under French or English headers, with the same checks as the screens and the API.
 */
@IntegrationTest
@WithMockUser(username = "sam", roles = "SALES")
class ImportDatesIntegrationTests {

    @Autowired
    Imports imports;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final String tag = "DAT" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @Test
    @DisplayName("RET-1 PRO-6 CON-10 the import stores the collection and the last contact of its French columns, in either date format")
    void importsTheDays() throws Exception {
        var job = finished("nom;email;date de collecte;dernier contact\n"
                + "Durand;" + mail("durand") + ";02/04/2019;15/10/2021\n"
                + "Petit;" + mail("petit") + ";2018-01-31;\n"
                + "Sans;" + mail("sans") + ";;\n");

        assertThat(job.created()).isEqualTo(3);
        var durand = only(mail("durand"));
        assertThat(durand.collectedAt()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(durand.lastContactAt()).isEqualTo(LocalDate.of(2021, 10, 15));
        assertThat(durand.relationshipEndAt()).isEqualTo(LocalDate.of(2021, 10, 15));
        var petit = only(mail("petit"));
        assertThat(petit.collectedAt()).isEqualTo(LocalDate.of(2018, 1, 31));
        assertThat(petit.lastContactAt()).isNull();
        assertThat(only(mail("sans")).collectedAt()).isEqualTo(LocalDate.now(clock));
    }

    @Test
    @DisplayName("RET-1 PRO-6 CON-10 a row with a day in the future, or a contact before the collection, is refused with a clear message; the other rows are imported")
    void refusesImpossibleDays() throws Exception {
        var tomorrow = LocalDate.now(clock).plusDays(1);
        var job = finished("last name;email;collection date;last contact\n"
                + "Bon;" + mail("bon") + ";2020-03-03;2021-03-03\n"
                + "Futur;" + mail("futur") + ";" + tomorrow + ";\n"
                + "Avant;" + mail("avant") + ";2020-03-03;2019-03-03\n");

        assertThat(job.created()).isEqualTo(1);
        assertThat(count(mail("futur")) + count(mail("avant"))).isZero();
        assertThat(imports.errors(job.id())).extracting(e -> e.row() + ":" + e.field() + ":" + e.rule())
                .containsExactly("3:collectedAt:notFuture", "4:lastContactAt:contactBeforeCollection");
        assertThat(imports.errors(job.id())).extracting(ImportErrorView::message)
                .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("person.error"))
                .anySatisfy(message -> assertThat(message).contains("futur"));
        assertThat(only(mail("bon")).collectedAt()).isEqualTo(LocalDate.of(2020, 3, 3));
    }

    @Test
    @DisplayName("CON-9 PRO-6 a row matching a stored person raises its last contact, keeps its collection, and the history says so")
    void matchRaisesTheLastContact() throws Exception {
        var stored = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Connu", null,
                mail("connu"), null, null, null, null, null, null, null, null).withDates(LocalDate.of(2017, 5, 5),
                LocalDate.of(2019, 5, 5)));

        var job = finished("nom;email;date de collecte;dernier contact\n"
                + "Connu;" + mail("connu") + ";2016-01-01;2022-02-02\n");

        assertThat(job.updated()).isEqualTo(1);
        var after = persons.get(stored.id(), null);
        assertThat(after.collectedAt()).isEqualTo(LocalDate.of(2017, 5, 5));
        assertThat(after.lastContactAt()).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(after.relationshipEndAt()).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(persons.history(stored.id()).get(0).fields())
                .extracting(f -> f.field() + ":" + f.before() + ">" + f.after())
                .containsExactly("lastContactAt:2019-05-05>2022-02-02");
    }

    private String mail(String name) {
        return name + "." + tag + "@example.fr";
    }

    private long count(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE LOWER(email) = LOWER(?)").param(email).query(Long.class).single();
    }

    private PersonView only(String email) {
        var ids = jdbc.sql("SELECT id FROM person WHERE LOWER(email) = LOWER(?)").param(email).query(UUID.class).list();
        assertThat(ids).hasSize(1);
        return persons.get(new PersonId(ids.get(0)), null);
    }

    private ImportJobView finished(String csv) throws InterruptedException {
        var job = imports.submit(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "dates.csv", "test",
                null, null, Locale.FRENCH);
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!job.state().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = imports.get(job.id());
        }
        assertThat(job.failure()).isNull();
        assertThat(job.state()).isEqualTo(ImportState.DONE);
        return job;
    }
}
