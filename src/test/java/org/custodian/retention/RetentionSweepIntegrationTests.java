package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.Restrictions;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * RET-2, RET-3, RET-4, PRO-6: the sweep walks the register's rules over the file — a prospect whose three years
 * are over is deleted, one who came back is kept, a former customer's contracts go to the archive, a restricted
 * person is skipped and counted, an archive whose period is over is deleted or anonymised unless a legal hold keeps it,
 * and a second sweep does nothing again.
 */
@IntegrationTest
class RetentionSweepIntegrationTests {

    private static final Duration SWEEP = Duration.ofSeconds(60);

    @Autowired
    RetentionSweeps sweeps;
    @Autowired
    Persons persons;
    @Autowired
    Purchases purchases;
    @Autowired
    PersonContacts contacts;
    @Autowired
    ProductFamilies families;
    @Autowired
    Restrictions restrictions;
    @Autowired
    LegalHolds holds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    private PersonId prospect(String name, LocalDate collected) {
        var id = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, name + suffix, "Léa",
                name.toLowerCase() + "." + suffix + "@example.com", null, null, null, null, null, null, null, null, null, false,
                collected, null)).id();
        return id;
    }

    private SweepView sweep() {
        var asked = sweeps.request();
        await().atMost(SWEEP).until(() -> !sweeps.find(asked.id()).active());
        var done = sweeps.find(asked.id());
        assertThat(done.state()).as(String.valueOf(done.failure())).isEqualTo(SweepState.DONE);
        return done;
    }

    /** A former customer whose relationship ended 3 years and 2 days ago, swept to the archive. */
    private PersonId archivedCustomer(String name) {
        var family = families.create(name.substring(0, 1) + "_" + suffix, name + " " + suffix).code();
        var customer = prospect(name, today().minusYears(6));
        purchases.record(customer, new PurchaseData(today().minusYears(3).minusDays(2), family, null, null, true, true,
                false));
        sweep();
        return customer;
    }

    private boolean inActiveBase(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE id = ?").param(person.value()).query(Long.class).single() > 0;
    }

    private long actions(PersonId person, String rule, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE person_id = ? AND rule_code = ? AND action = ?"
                        + " AND state = 'DONE'")
                .params(person.value(), rule, action)
                .query(Long.class).single();
    }

    @Test
    @DisplayName("RET-3 PRO-6 a prospect collected 3 years and one day ago with no contact is deleted, with the rule "
            + "that deleted them on record; one who clicked a link 2 years ago is kept")
    void deletesAProspectWhoseThreeYearsAreOver() {
        var expired = prospect("Expire", today().minusYears(3).minusDays(1));
        var cameBack = prospect("Revenu", today().minusYears(4));
        contacts.record(cameBack, today().minusYears(2), ContactKind.CLICK);

        var done = sweep();

        assertThat(inActiveBase(expired)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_change WHERE person_id = ?").param(expired.value())
                .query(Long.class).single()).as("the history goes with the person").isZero();
        assertThat(actions(expired, RuleBook.PROSPECTS, "DELETE")).isEqualTo(1);
        assertThat(inActiveBase(cameBack)).isTrue();
        assertThat(done.counts()).anySatisfy(count -> {
            assertThat(count.rule()).isEqualTo(RuleBook.PROSPECTS);
            assertThat(count.count()).isPositive();
        });
        assertThat(done.percent()).isEqualTo(100);
    }

    @Test
    @DisplayName("RET-2 RET-4 a former customer's contract data go to the archive when they leave the active base, "
            + "and are deleted at the end of the archive period")
    void archivesAFormerCustomerThenDeletesTheArchive() {
        var family = families.create("R_" + suffix, "Retention " + suffix).code();
        var customer = prospect("Client", today().minusYears(6));
        var bought = today().minusYears(3).minusDays(2);
        purchases.record(customer, new PurchaseData(bought, family, null, null, true, true, false));

        sweep();

        assertThat(inActiveBase(customer)).isFalse();
        assertThat(jdbc.sql("SELECT last_name FROM archive_person WHERE person_id = ?").param(customer.value())
                .query(String.class).single()).isEqualTo("Client" + suffix);
        assertThat(jdbc.sql("SELECT purchased_on FROM archive_purchase WHERE person_id = ?").param(customer.value())
                .query(LocalDate.class).single()).isEqualTo(bought);
        assertThat(actions(customer, RuleBook.CONTRACTS, "ARCHIVE")).isEqualTo(1);
        assertThat(actions(customer, RuleBook.CUSTOMERS, "DELETE")).isEqualTo(1);

        jdbc.sql("UPDATE archive_person SET archived_until = ? WHERE person_id = ?")
                .params(today().minusDays(1), customer.value()).update();
        sweep();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_person WHERE person_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_purchase WHERE person_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
        assertThat(actions(customer, RuleBook.CONTRACTS, "DELETE")).isEqualTo(1);
    }

    @Test
    @DisplayName("RET-2 an archive whose rule ends in anonymisation leaves no row of the person (what remains is the "
            + "anonymised statistics counted when they left the active base), and the report says it was anonymised")
    void anArchiveEndingInAnonymisationKeepsOnlyTheStatistics() {
        var customer = archivedCustomer("Anonyme");
        jdbc.sql("UPDATE archive_person SET archived_until = ?, end_action = 'ANONYMISE' WHERE person_id = ?")
                .params(today().minusDays(1), customer.value()).update();

        var done = sweep();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_person WHERE person_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_purchase WHERE person_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
        assertThat(actions(customer, RuleBook.CONTRACTS, "ANONYMISE")).isEqualTo(1);
        assertThat(actions(customer, RuleBook.CONTRACTS, "DELETE")).isZero();
        assertThat(done.counts()).anySatisfy(count -> {
            assertThat(count.rule()).isEqualTo(RuleBook.CONTRACTS);
            assertThat(count.action()).isEqualTo("ANONYMISE");
            assertThat(count.count()).isPositive();
        });
    }

    @Test
    @DisplayName("RET-5 DSR-5 a restricted person whose period is over is skipped and counted as held")
    void skipsARestrictedPerson() {
        var restricted = prospect("Gel", today().minusYears(5));
        restrictions.restrict(restricted, "ACCURACY_CONTESTED", "Conteste son adresse");

        var done = sweep();

        assertThat(inActiveBase(restricted)).isTrue();
        assertThat(done.held()).isPositive();
    }

    @Test
    @DisplayName("RET-5 a person under a legal hold whose period is over survives the sweep and is reported as held; "
            + "once the hold is released, the next sweep deletes them")
    void aHeldPersonSurvives() {
        var held = prospect("Gele", today().minusYears(5));
        var hold = holds.place(new NewLegalHold(held, null, "Litige prud'homal en cours", "dpo", null,
                today().plusMonths(6)));

        var done = sweep();

        assertThat(inActiveBase(held)).isTrue();
        assertThat(done.held()).isPositive();
        holds.release(hold.id(), "Litige clos par jugement");
        sweep();
        assertThat(inActiveBase(held)).isFalse();
    }

    @Test
    @DisplayName("RET-5 RET-2 a legal hold on a person of the archive keeps their archive past its end, reported as "
            + "held; once the hold is released, the next sweep ends it, and the hold goes with it")
    void aHeldArchiveSurvivesItsEnd() {
        var customer = archivedCustomer("Archive");
        var hold = holds.place(new NewLegalHold(customer, null, "Litige sur la garantie, pièces à conserver", "dpo",
                null, today().plusMonths(6)));
        assertThat(hold.archived()).isTrue();
        jdbc.sql("UPDATE archive_person SET archived_until = ? WHERE person_id = ?")
                .params(today().minusDays(1), customer.value()).update();

        var done = sweep();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_person WHERE person_id = ?").param(customer.value())
                .query(Long.class).single()).isOne();
        assertThat(done.held()).isPositive();
        holds.release(hold.id(), "Litige clos par transaction");
        sweep();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_person WHERE person_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM legal_hold WHERE id = ?").param(hold.id()).query(Long.class)
                .single()).as("a hold on nobody documents nothing").isZero();
    }

    @Test
    @DisplayName("RET-3 a second sweep acts on nothing already done: one action per person and rule")
    void aSecondSweepDoesNothingTwice() {
        var expired = prospect("Deux", today().minusYears(4));
        var first = sweep();
        var second = sweep();

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE person_id = ?").param(expired.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(second.counts()).noneMatch(count -> count.rule().equals(RuleBook.PROSPECTS) && count.count() > 0
                && jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE sweep_id = ? AND person_id = ?")
                        .params(second.id(), expired.value()).query(Long.class).single() > 0);
    }
}
