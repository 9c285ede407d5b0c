package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** DSR-5 — the restriction of processing through the contacts facade: placed, refused twice, lifted, exported. */
@IntegrationTest
class RestrictionsIntegrationTests {

    @Autowired
    Persons persons;

    @Autowired
    Restrictions restrictions;

    @Autowired
    ContactsDataHolder holder;

    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private PersonId person(String lastName) {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, lastName + suffix, "Léa",
                null, null, null, null, null, null, null, null, null)).id();
    }

    private static List<String> rules(InvalidPersonData invalid) {
        return invalid.violations().stream().map(violation -> violation.field() + ":" + violation.rule()).toList();
    }

    @Test
    @DisplayName("DSR-5 a restriction is placed with its ground and reason, is in force, and goes in the person's history")
    void placesARestriction() {
        var person = person("Gel");

        var placed = restrictions.restrict(person, "ACCURACY_CONTESTED", "  Conteste son adresse postale  ");

        assertThat(placed.inForce()).isTrue();
        assertThat(placed.reason()).isEqualTo("Conteste son adresse postale");
        assertThat(restrictions.inForce(person)).contains(placed);
        assertThat(restrictions.restrictedAmong(List.of(person, person("Libre")))).containsExactly(person);
        assertThat(persons.history(person)).extracting(PersonChange::kind).contains("RESTRICTED");
    }

    @Test
    @DisplayName("DSR-5 a restriction is refused without a known ground or a reason, and twice for the same person")
    void refusesWhatIsIncomplete() {
        var person = person("Refus");

        assertThatThrownBy(() -> restrictions.restrict(person, "PERHAPS", " "))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(rules(invalid))
                        .containsExactlyInAnyOrder("ground:ground", "reason:required"));
        assertThatThrownBy(() -> restrictions.restrict(person, null, "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(rules(invalid))
                        .containsExactlyInAnyOrder("ground:required", "reason:length"));
        restrictions.restrict(person, "LEGAL_CLAIMS", "Litige en cours");
        assertThatThrownBy(() -> restrictions.restrict(person, "LEGAL_CLAIMS", "Encore"))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("restriction:alreadyRestricted"));
        assertThat(restrictions.history(person)).hasSize(1);
    }

    @Test
    @DisplayName("DSR-5 art. 18(3) a restriction is lifted only with a reason and once the person was informed; it stays in the history")
    void liftsOnlyOnceThePersonIsInformed() {
        var person = person("Levee");
        restrictions.restrict(person, "OBJECTION_PENDING", "S'oppose ; motifs à examiner");

        assertThatThrownBy(() -> restrictions.lift(person, "Motifs examinés", false))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("informed:informedBeforeLifting"));
        var lifted = restrictions.lift(person, "Motifs examinés", true);

        assertThat(lifted.inForce()).isFalse();
        assertThat(lifted.liftReason()).isEqualTo("Motifs examinés");
        assertThat(restrictions.inForce(person)).isEmpty();
        assertThat(restrictions.history(person)).containsExactly(lifted);
        assertThatThrownBy(() -> restrictions.lift(person, "Encore", true))
                .isInstanceOfSatisfying(InvalidPersonData.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("restriction:notRestricted"));
        assertThat(restrictions.restrict(person, "ACCURACY_CONTESTED", "Nouvelle contestation").inForce()).isTrue();
        assertThat(restrictions.history(person)).hasSize(2);
    }

    @Test
    @DisplayName("DSR-5 of eight concurrent restrictions of one person, exactly one is placed; of eight concurrent lifts, exactly one lifts")
    void concurrentRequestsPlaceAndLiftOnce() throws Exception {
        var person = person("Course");
        assertThat(succeeded(() -> restrictions.restrict(person, "ACCURACY_CONTESTED", "Concurrente"))).isEqualTo(1);
        assertThat(restrictions.history(person)).hasSize(1);
        assertThat(succeeded(() -> restrictions.lift(person, "Vérifié", true))).isEqualTo(1);
        assertThat(restrictions.inForce(person)).isEmpty();
    }

    @Test
    @DisplayName("DSR-5 CON-1 the export of the file leaves out the persons whose processing is restricted, and takes them again once lifted")
    void exportLeavesRestrictedPersonsOut() {
        var restricted = person("Export");
        var free = person("Export");
        restrictions.restrict(restricted, "ACCURACY_CONTESTED", "Conteste");
        var criteria = PersonCriteria.search("Export" + suffix);

        var exported = new ArrayList<PersonId>();
        persons.export(criteria, PersonSort.DEFAULT, "CSV", "test", person -> exported.add(person.id()));
        restrictions.lift(restricted, "Vérifié", true);
        var afterLifting = new ArrayList<PersonId>();
        persons.export(criteria, PersonSort.DEFAULT, "CSV", "test", person -> afterLifting.add(person.id()));

        assertThat(exported).containsExactly(free);
        assertThat(afterLifting).containsExactlyInAnyOrder(free, restricted);
    }

    @Test
    @DisplayName("DSR-3 DSR-5 the person's restrictions are in their access export and erased with them")
    void restrictionsAreExportedAndErased() {
        var person = person("Spi");
        var placed = restrictions.restrict(person, "UNLAWFUL_PROCESSING", "Demande la limitation plutôt que l'effacement");

        assertThat(List.<Record>copyOf(holder.export(person).records().get("restrictions"))).containsExactly(placed);
        holder.erase(person, ErasureMode.ERASE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_restriction WHERE person_id = ?").param(person.value())
                .query(Long.class).single()).isZero();
    }

    private static int succeeded(Callable<Restriction> call) throws Exception {
        var threads = 8;
        var executor = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<Restriction>>();
            for (var i = 0; i < threads; i++) {
                results.add(executor.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var succeeded = 0;
            for (var result : results) {
                try {
                    result.get();
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException failed) {
                    assertThat(failed.getCause()).isInstanceOf(InvalidPersonData.class);
                }
            }
            return succeeded;
        } finally {
            executor.shutdownNow();
        }
    }
}
