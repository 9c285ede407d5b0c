package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonErasure;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.ExecutionOrder;
import org.custodian.rights.ExecutionRefused;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RequestExecution;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequests;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** RET-5 — legal holds through the facade, on the test database (H2, or PostgreSQL with -Ppostgres). */
@IntegrationTest
@WithMockUser(username = "dpo-holds", roles = "DPO")
class LegalHoldsIntegrationTests {

    @Autowired
    LegalHolds holds;
    @Autowired
    Persons persons;
    @Autowired
    PersonErasure erasure;
    @Autowired
    LegalHoldDataHolder holder;
    @Autowired
    RightsRequests requests;
    @Autowired
    RequestExecution execution;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private PersonId person(String lastName) {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, lastName + tag, "Léa",
                null, null, null, null, null, null, null, null, null)).id();
    }

    private LegalHold holdOn(PersonId person, LocalDate endOn, LocalDate reviewOn) {
        return holds.place(new NewLegalHold(person, null, "Litige " + tag, null, endOn, reviewOn));
    }

    private static List<String> rules(InvalidLegalHold invalid) {
        return invalid.violations().stream().map(violation -> violation.field() + ":" + violation.rule()).toList();
    }

    /** The sweep's read: which of these persons it may delete on {@code day}. */
    private List<PersonId> notHeld(List<PersonId> among, LocalDate day) {
        return jdbc.sql("SELECT p.id FROM person p WHERE p.id IN (:ids) AND " + LegalHolds.NOT_HELD_SQL)
                .param("ids", among.stream().map(PersonId::value).toList()).param("today", day)
                .query((rs, row) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    @Test
    @DisplayName("RET-5 a hold is placed with its reason, the caller as owner by default, and holds the person")
    void placesAHold() {
        var person = person("Gel");
        var today = holds.today();

        var placed = holds.place(new NewLegalHold(person, null, "  Litige prud'homal n° 24/00123  ", null,
                today.plusMonths(6), today.plusMonths(3)));

        assertThat(placed.reason()).isEqualTo("Litige prud'homal n° 24/00123");
        assertThat(placed.owner()).isEqualTo("dpo-holds");
        assertThat(placed.placedBy()).isEqualTo("dpo-holds");
        assertThat(placed.state()).isEqualTo(LegalHoldState.IN_FORCE);
        assertThat(holds.inForceFor(person)).containsExactly(placed);
        assertThat(holds.held(person, today)).isTrue();
        assertThat(holds.held(person)).isTrue();
        assertThat(holds.get(placed.id()).personName()).isEqualTo(("Gel" + tag).toUpperCase() + " Léa");
    }

    @Test
    @DisplayName("RET-5 a hold naming nobody on file, an unknown request, or with past dates is refused; nothing is stored")
    void refusesWhatIsNotDocumented() {
        var today = holds.today();

        assertThatThrownBy(() -> holds.place(new NewLegalHold(new PersonId(UUID.randomUUID()), null, "Litige", "juriste",
                today, null)))
                .isInstanceOfSatisfying(InvalidLegalHold.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("personId:unknown"));
        assertThatThrownBy(() -> holds.place(new NewLegalHold(null, UUID.randomUUID(), "Litige", null, today, null)))
                .isInstanceOfSatisfying(InvalidLegalHold.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("rightsRequestId:unknown"));
        var person = person("Passe");
        assertThatThrownBy(() -> holdOn(person, today.minusDays(1), null))
                .isInstanceOfSatisfying(InvalidLegalHold.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("endOn:past"));
        assertThat(holds.inForceFor(person)).isEmpty();
    }

    @Test
    @DisplayName("RET-5 a hold may name a rights request instead of a person")
    void holdsARightsRequest() {
        var request = requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.LETTER,
                requests.today().minusDays(1), "gel." + tag + "@example.org", "Léa", "Gel" + tag, "44000", null,
                "Copie de mes données"));
        var today = holds.today();

        var placed = holds.place(new NewLegalHold(null, request.id(), "Contentieux sur la réponse", null, null,
                today.plusMonths(1)));

        assertThat(placed.rightsRequestId()).isEqualTo(request.id());
        assertThat(holds.requestHeld(request.id(), today)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_request r WHERE r.id = :id AND "
                        + LegalHolds.requestNotHeldSql("r.id"))
                .param("id", request.id()).param("today", today).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("RET-5 the sweep's SQL predicate leaves out held persons, and takes them again once the hold ended or was released")
    void notHeldPredicate() {
        var held = person("Tenu");
        var free = person("Libre");
        var released = person("Leve");
        var today = holds.today();
        holdOn(held, today.plusDays(10), null);
        holds.release(holdOn(released, today.plusDays(10), null).id(), "Litige clos");

        assertThat(notHeld(List.of(held, free, released), today)).containsExactlyInAnyOrder(free, released);
        assertThat(notHeld(List.of(held, free, released), today.plusDays(10))).containsExactlyInAnyOrder(free, released);
        assertThat(notHeld(List.of(held, free, released), today.plusDays(11)))
                .containsExactlyInAnyOrder(held, free, released);
        assertThat(holds.heldAmong(List.of(held, free, released), today)).containsExactly(held);
        assertThat(holds.held(held, today.plusDays(11))).isFalse();
    }

    @Test
    @DisplayName("RET-5 past its review date a hold still holds, shows as review due, and past its end date it has ended")
    void reviewDueThenEnded() {
        var person = person("Revue");
        var today = holds.today();
        var placed = holdOn(person, today.plusDays(20), today.plusDays(5));
        var start = clock.instant();
        try {
            clock.advance(Duration.ofDays(6));
            assertThat(holds.get(placed.id()).state()).isEqualTo(LegalHoldState.REVIEW_DUE);
            assertThat(holds.held(person)).isTrue();
            assertThat(holds.list(LegalHoldFilter.REVIEW_DUE, "Revue" + tag, PageRequest.of(0, 10)).content())
                    .extracting(LegalHold::id).containsExactly(placed.id());
            clock.advance(Duration.ofDays(20));
            assertThat(holds.get(placed.id()).state()).isEqualTo(LegalHoldState.ENDED);
            assertThat(holds.held(person)).isFalse();
            assertThat(holds.inForceFor(person)).isEmpty();
            assertThat(holds.list(LegalHoldFilter.ENDED, "Revue" + tag, PageRequest.of(0, 10)).content())
                    .extracting(LegalHold::id).containsExactly(placed.id());
        } finally {
            clock.set(start);
        }
    }

    @Test
    @DisplayName("RET-5 the list searches the reason and the held person's name, by state, a page at a time")
    void listSearchesReasonAndName() {
        var first = person("Cherche");
        var second = person("Autre");
        var today = holds.today();
        var byName = holdOn(first, today.plusDays(3), null);
        var byReason = holds.place(new NewLegalHold(second, null, "Dossier " + tag + " expertise", null, today, null));

        assertThat(holds.list(LegalHoldFilter.IN_FORCE, "Cherche" + tag, PageRequest.of(0, 10)).content())
                .extracting(LegalHold::id).containsExactly(byName.id());
        assertThat(holds.list(LegalHoldFilter.ALL, "dossier " + tag, PageRequest.of(0, 10)).content())
                .extracting(LegalHold::id).containsExactly(byReason.id());
        holds.release(byName.id(), "Fin");
        assertThat(holds.list(LegalHoldFilter.IN_FORCE, "Cherche" + tag, PageRequest.of(0, 10)).content()).isEmpty();
        var page = holds.list(LegalHoldFilter.RELEASED, "Cherche" + tag, PageRequest.of(0, 10));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.content().get(0).releaseReason()).isEqualTo("Fin");
        assertThat(page.content().get(0).personName()).startsWith(("Cherche" + tag).toUpperCase());
    }

    @Test
    @DisplayName("RET-5 several holds may be placed at once on one person; of eight concurrent releases of one hold, exactly one succeeds")
    void concurrentPlacingAndReleasing() throws Exception {
        var person = person("Course");
        var today = holds.today();
        assertThat(succeeded(() -> holdOn(person, today.plusDays(30), null), InvalidLegalHold.class)).isEqualTo(8);
        assertThat(holds.inForceFor(person)).hasSize(8);

        var one = holds.inForceFor(person).get(0);
        assertThat(succeeded(() -> holds.release(one.id(), "Litige clos"), LegalHoldAlreadyReleased.class))
                .isEqualTo(1);
        assertThat(holds.get(one.id()).state()).isEqualTo(LegalHoldState.RELEASED);
        assertThat(holds.inForceFor(person)).hasSize(7);
    }

    @Test
    @DisplayName("RET-5 a release needs a reason, and a second release is refused as a conflict; an unknown hold is not found")
    void releaseRules() {
        var placed = holdOn(person("Levee"), holds.today().plusDays(1), null);

        assertThatThrownBy(() -> holds.release(placed.id(), " "))
                .isInstanceOfSatisfying(InvalidLegalHold.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("releaseReason:required"));
        var released = holds.release(placed.id(), "Transaction signée");
        assertThat(released.releasedBy()).isEqualTo("dpo-holds");
        assertThat(released.holds()).isFalse();
        assertThatThrownBy(() -> holds.release(placed.id(), "Encore")).isInstanceOf(LegalHoldAlreadyReleased.class);
        assertThatThrownBy(() -> holds.get(UUID.randomUUID())).isInstanceOf(LegalHoldNotFound.class);
    }

    @Test
    @DisplayName("RET-5 DSR-5 art. 17(3)(e) an erasure request is not carried out for a person under a legal hold; nothing is done")
    void erasureRequestRefusedForHeldPerson() {
        var email = "tenu." + tag + "@example.org";
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Tenu" + tag, "Léa",
                email, null, null, null, null, null, null, null, null)).id();
        var request = requests.create(new NewRightsRequest(RightsKind.ERASURE, RequestChannel.LETTER,
                requests.today().minusDays(1), email, "Léa", "Tenu" + tag, null, null, "Effacez-moi"));
        requests.match(request.id(), person);
        holdOn(person, holds.today().plusDays(30), null);

        assertThatThrownBy(() -> execution.execute(request.id(), ExecutionOrder.none()))
                .isInstanceOfSatisfying(ExecutionRefused.class,
                        refused -> assertThat(refused.violation().rule()).isEqualTo("legal-hold"));
        assertThat(persons.exist(List.of(person))).isTrue();
        assertThat(execution.actions(request.id())).isEmpty();
    }

    @Test
    @DisplayName("RET-5 DSR-3 DSR-5 the person's holds are in their access export, and go with the person when the DPO erases them")
    void exportedAndErasedWithThePerson() {
        var person = person("Efface");
        var placed = holdOn(person, holds.today().plusDays(5), null);

        assertThat(holder.export(person).records().get("legal_holds")).hasSize(1);
        erasure.eraseNow(person);

        assertThat(persons.erasureComplete(person)).isTrue();
        assertThatThrownBy(() -> holds.get(placed.id())).isInstanceOf(LegalHoldNotFound.class);
        assertThat(holder.erase(person, ErasureMode.ERASE).erased()).isZero();
    }

    private static <T> int succeeded(Callable<T> call, Class<? extends Exception> refusal) throws Exception {
        var threads = 8;
        var executor = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<T>>();
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
                } catch (ExecutionException failed) {
                    assertThat(failed.getCause()).isInstanceOf(refusal);
                }
            }
            return succeeded;
        } finally {
            executor.shutdownNow();
        }
    }
}
