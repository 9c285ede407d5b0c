package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.imports.ImportRefused;
import org.custodian.imports.Imports;
import org.custodian.register.ProcessingRegister;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's "done when", with a moved clock: each preloaded rule walked through its life — persons created today,
 * the clock moved years ahead, the sweep run as the night would run it.
 */
@IntegrationTest
class RetentionLifecycleIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    RetentionSweeps sweeps;
    @Autowired
    Persons persons;
    @Autowired
    PersonContacts contacts;
    @Autowired
    Purchases purchases;
    @Autowired
    ProductFamilies families;
    @Autowired
    LegalHolds holds;
    @Autowired
    Imports imports;
    @Autowired
    ProcessingRegister register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private Instant start;

    @BeforeEach
    void remember() {
        start = clock.instant();
    }

    @AfterEach
    void restore() {
        clock.set(start);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** Moves the clock to noon, Paris time, of the day. */
    private void moveTo(LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(PARIS).toInstant());
    }

    private PersonId person(String name, LocalDate collected) {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, name + suffix, "Léa",
                name.toLowerCase(Locale.ROOT) + "." + suffix + "@example.com", null, null, null, null, null, null,
                null, null, null, false, collected, null)).id();
    }

    private void sweep() {
        var asked = sweeps.request();
        await().atMost(Duration.ofSeconds(60)).until(() -> !sweeps.find(asked.id()).active());
        assertThat(sweeps.find(asked.id()).state()).isEqualTo(SweepState.DONE);
    }

    private boolean active(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE id = ?").param(person.value()).query(Long.class).single() > 0;
    }

    private boolean archived(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM archive_person WHERE person_id = ?").param(person.value())
                .query(Long.class).single() > 0;
    }

    @Test
    @DisplayName("RET-4 PRO-6 CON-8 a prospect collected 3 years and one day ago with no contact is deleted; one who "
            + "clicked a link 2 years ago is kept; one under a legal hold survives")
    void prospects() {
        var silent = person("Muet", today().minusYears(3).plusDays(1));
        var clicked = person("Clic", today().minusYears(4));
        contacts.record(clicked, today().minusYears(2), ContactKind.CLICK);
        var held = person("Gel", today().minusYears(5));
        holds.place(new NewLegalHold(held, null, "Litige en cours " + suffix, "dpo", null, today().plusYears(1)));

        sweep();
        assertThat(active(silent)).as("collected 3 years less a day ago: the period is not over").isTrue();

        moveTo(today().plusDays(2));
        sweep();
        assertThat(active(silent)).as("collected 3 years and a day ago").isFalse();
        assertThat(active(clicked)).isTrue();
        assertThat(active(held)).isTrue();
    }

    @Test
    @DisplayName("RET-2 RET-4 CON-8 a customer's contract data go to the archive at the end of the relationship's "
            + "period and are deleted at the end of the archive period")
    void customers() {
        var family = families.create("L_" + suffix, "Cycle " + suffix).code();
        var customer = person("Client", today().minusYears(6));
        // The warranty ended 3 years less a day ago: the end of the commercial relationship.
        var bought = today().minusYears(5);
        purchases.record(customer, new PurchaseData(bought, family, today().minusYears(3).plusDays(1), null, true, true,
                false));

        sweep();
        assertThat(active(customer)).as("the relationship's 3 years are not over").isTrue();

        moveTo(today().plusDays(2));
        sweep();
        assertThat(active(customer)).isFalse();
        var until = jdbc.sql("SELECT archived_until FROM archive_person WHERE person_id = ?").param(customer.value())
                .query(LocalDate.class).single();
        var archive = register.activity("CONTRACT_MANAGEMENT").retentionRules().get(0).archiveAmount();
        assertThat(until).isEqualTo(today().plus(archive));

        // The archive's five years, shortened in the row rather than by moving the clock five years ahead, which would
        // date the access log's entries in the future for the tests that follow.
        jdbc.sql("UPDATE archive_person SET archived_until = ? WHERE person_id = ?").params(today(), customer.value())
                .update();
        sweep();
        assertThat(archived(customer)).as("the last day of the archive").isTrue();
        moveTo(today().plusDays(1));
        sweep();
        assertThat(archived(customer)).isFalse();
    }

    @Test
    @DisplayName("RET-4 CON-6 a card security code never exists at rest: a file with a CVV column is refused whole, "
            + "nothing of it stored")
    void cardSecurityCodeNeverAtRest() {
        var before = jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single();
        var csv = "nom;email;CVV\nMartin;cvv." + suffix + "@example.com;123\n";

        assertThatThrownBy(() -> imports.submit(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "cartes.csv", "Boutique", PersonType.CUSTOMER, Audience.CONSUMER, Locale.FRANCE))
                .isInstanceOf(ImportRefused.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE email = ?").param("cvv." + suffix + "@example.com")
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("RET-1 001 §7 nothing is kept with no end: every rule the sweep applies has a period, and every "
            + "archive an end")
    void nothingWithoutAnEnd() {
        var book = new RuleBook(register);
        assertThat(book.persons().customers()).isPositive();
        assertThat(book.persons().prospects()).isPositive();
        assertThat(book.contractArchive()).hasValueSatisfying(terms -> {
            assertThat(terms.period()).isPositive();
            assertThat(terms.endAction()).isIn("DELETE", "ANONYMISE");
        });
    }
}
