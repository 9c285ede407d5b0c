package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** DSR-1, DSR-2: the rights requests' facade on the test database (H2, or PostgreSQL with -Ppostgres). */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class RightsRequestsIntegrationTests {

    @Autowired
    RightsRequests requests;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String lastName = "Quenouille" + tag;
    private final String email = "ysaline." + tag + "@example.org";
    private final String phone = "07 " + String.format("%08d", Math.floorMod(tag.hashCode(), 100_000_000));

    private RightsRequestView received(LocalDate receivedOn) {
        return requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.LETTER, receivedOn, email,
                "Ysaline", lastName, "44000", null, "Je souhaite une copie de mes données."));
    }

    private LocalDate today() {
        return requests.today();
    }

    @Test
    @DisplayName("DSR-1 a request gets the deadline of the legal month from its date of receipt, stored and audited")
    void createComputesTheDeadline() {
        var receivedOn = today().minusDays(3);

        var created = received(receivedOn);

        assertThat(created.deadline()).isEqualTo(LegalMonth.deadline(receivedOn, 1));
        assertThat(created.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(created.createdBy()).isEqualTo("nadia");
        assertThat(jdbc.sql("SELECT deadline FROM rights_request WHERE id = ?").param(created.id())
                .query(LocalDate.class).single()).isEqualTo(created.deadline());
        audit.flush();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE resource_type = ? AND resource_id = ?")
                .params(RightsRequests.RESOURCE, created.id().toString()).query(String.class).list())
                .contains("CREATE");
    }

    @Test
    @DisplayName("DSR-1 a request received in the future, without a name or address, or with a malformed address is "
            + "refused field by field; nothing is stored")
    void createRefusesField() {
        var refused = new NewRightsRequest(RightsKind.ERASURE, RequestChannel.PHONE, today().plusDays(1), null,
                "Ysaline", null, null, null, null);

        assertThatThrownBy(() -> requests.create(refused)).isInstanceOfSatisfying(InvalidRightsRequest.class,
                invalid -> assertThat(invalid.violations()).extracting(v -> v.field() + ":" + v.rule())
                        .containsExactlyInAnyOrder("receivedOn:future", "lastName:requester"));
        assertThatThrownBy(() -> requests.create(new NewRightsRequest(RightsKind.ERASURE, RequestChannel.PHONE,
                today(), "not an address", null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidRightsRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("email:email"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_request WHERE first_names = 'Ysaline' AND last_name IS NULL")
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("DSR-1 the DPO's views: late, due this week and waiting for the person each select their requests")
    void listFilters() {
        var late = received(today().minusMonths(2));
        var due = received(receivedDueWithinTheWeek());
        var waiting = received(today());
        requests.askIdentity(waiting.id(), "La signature du courrier ne correspond pas au nom.");

        assertThat(ids(RequestFilter.LATE)).containsExactly(late.id());
        assertThat(ids(RequestFilter.DUE_THIS_WEEK)).containsExactly(due.id());
        assertThat(ids(RequestFilter.WAITING)).containsExactly(waiting.id());
        assertThat(ids(RequestFilter.OPEN)).containsExactly(late.id(), due.id(), waiting.id());
        assertThat(requests.list(RequestFilter.LATE, tag, PageRequest.of(0, 10)).content())
                .singleElement().satisfies(summary -> {
                    assertThat(summary.late()).isTrue();
                    assertThat(summary.daysLeft()).isNegative();
                });
    }

    /** A day of receipt whose deadline falls within the six days after today. */
    private LocalDate receivedDueWithinTheWeek() {
        for (var receivedOn = today().minusMonths(1); ; receivedOn = receivedOn.plusDays(1)) {
            var deadline = LegalMonth.deadline(receivedOn, 1);
            if (!deadline.isBefore(today()) && deadline.isBefore(today().plusDays(RequestDeadline.WEEK))) {
                return receivedOn;
            }
        }
    }

    private List<UUID> ids(RequestFilter filter) {
        return requests.list(filter, tag, PageRequest.of(0, 50)).content().stream().map(RequestSummary::id).toList();
    }

    @Test
    @DisplayName("DSR-1 the candidates of the file are found by e-mail, phone and name with postcode, the surest first")
    void candidates() {
        var byEmail = person("Autre" + tag, "Paul", email, null, null);
        var byPhone = person("Voisin" + tag, "Jean", null, phone, null);
        var byName = person(lastName, "Ysaline", null, null, "2 rue des Lilas\n44000 Nantes");
        var namesake = person(lastName, "Ysaline", null, null, "8 avenue Foch\n75016 Paris");
        var request = requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.PHONE, today(), email,
                "Ysaline", lastName, "44000", "+33 " + phone.substring(1), null));

        var candidates = requests.candidates(request.id());

        assertThat(candidates).extracting(Candidate::personId, Candidate::matchedBy, Candidate::confidence)
                .containsExactly(
                        tuple(byEmail, MatchedBy.EMAIL, Confidence.HIGH),
                        tuple(byName, MatchedBy.NAME_POSTCODE, Confidence.MEDIUM),
                        tuple(byPhone, MatchedBy.PHONE, Confidence.MEDIUM),
                        tuple(namesake, MatchedBy.NAME, Confidence.LOW))
                .as("ordered by confidence, then name");
    }

    @Test
    @DisplayName("DSR-1 a human confirms each candidate one by one: two records of the file stay two, never merged")
    void matchesAreConfirmedOneByOne() {
        var first = person(lastName, "Ysaline", email, null, null);
        var second = person(lastName, "Ysaline", null, null, "1 place Royale\n44000 Nantes");
        var request = received(today());

        requests.match(request.id(), first);
        requests.match(request.id(), second);
        var view = requests.match(request.id(), first);

        assertThat(view.matches()).extracting(MatchedPerson::personId).containsExactlyInAnyOrder(first, second);
        assertThat(view.matches()).filteredOn(match -> match.personId().equals(first)).singleElement()
                .satisfies(match -> {
                    assertThat(match.matchedBy()).isEqualTo(MatchedBy.EMAIL);
                    assertThat(match.confirmedBy()).isEqualTo("nadia");
                });
        assertThat(persons.exist(List.of(first, second))).isTrue();
        assertThat(requests.candidates(request.id())).allMatch(Candidate::matched);
    }

    @Test
    @DisplayName("DSR-1 a person who is not in the file cannot be matched")
    void unknownPersonIsRefused() {
        var request = received(today());

        assertThatThrownBy(() -> requests.match(request.id(), new PersonId(UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidRightsRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("personId:unknown-person"));
    }

    @Test
    @DisplayName("DSR-1 an extension gives three months from receipt and mails the reason and the new date to the "
            + "requester")
    void extensionIsToldToTheRequester() {
        var receivedOn = today().minusDays(10);
        var request = received(receivedOn);

        var extended = requests.extend(request.id(), "Dix ans d’échanges à rassembler " + tag);

        var until = LegalMonth.deadline(receivedOn, 3);
        assertThat(extended.extendedUntil()).isEqualTo(until);
        assertThat(extended.deadline()).isEqualTo(until);
        assertThat(extended.extensionToldAt()).isNotNull();
        assertThat(Mailbox.bodies(jdbc, email)).singleElement().asString()
                .contains("Dix ans d’échanges à rassembler " + tag, String.valueOf(until.getYear()))
                .contains("article 12.3");
    }

    @Test
    @DisplayName("DSR-1 once the first month has ended the period can no longer be extended, and nothing is mailed")
    void extensionAfterTheFirstMonthIsRefused() {
        var request = received(today().minusMonths(2));

        assertThatThrownBy(() -> requests.extend(request.id(), "Trop tard"))
                .isInstanceOfSatisfying(InvalidRightsRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("reason:DSR-1.extension-too-late"));
        assertThat(Mailbox.bodies(jdbc, email)).isEmpty();
        assertThat(requests.get(request.id()).extendedUntil()).isNull();
    }

    @Test
    @DisplayName("DSR-1 an extension needs a reason, and is granted once only")
    void extensionNeedsAReasonAndHappensOnce() {
        var request = received(today());

        assertThatThrownBy(() -> requests.extend(request.id(), "  "))
                .isInstanceOfSatisfying(InvalidRightsRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("reason:required"));
        requests.extend(request.id(), "Volume important");
        assertThatThrownBy(() -> requests.extend(request.id(), "Encore"))
                .isInstanceOfSatisfying(InvalidRightsRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("reason:DSR-1.extended-once"));
    }

    @Test
    @DisplayName("DSR-1 two members of staff extending the same request at once: one extension, one mail")
    void concurrentExtensionsExtendOnce() throws Exception {
        var request = received(today());
        var ready = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Future<RightsRequestView>>();
            for (int i = 0; i < 4; i++) {
                var reason = "Motif " + i;
                tasks.add(executor.submit((Callable<RightsRequestView>) () -> {
                    ready.await();
                    return requests.extend(request.id(), reason);
                }));
            }
            ready.countDown();
            var succeeded = 0;
            for (var task : tasks) {
                try {
                    task.get();
                    succeeded++;
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOf(InvalidRightsRequest.class);
                }
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
        assertThat(Mailbox.bodies(jdbc, email)).hasSize(1);
    }

    @Test
    @DisplayName("DSR-2 asking for a proof of identity writes the reason down, mails it, and pauses the deadline until "
            + "the person answers; the days waited are added")
    void identityCheckPausesTheDeadline() {
        var receivedOn = today();
        var request = received(receivedOn);
        var start = clock.instant();
        try {
            var waiting = requests.askIdentity(request.id(), "Adresse e-mail différente de celle du dossier " + tag);
            assertThat(waiting.status()).isEqualTo(RequestStatus.WAITING_FOR_PERSON);
            assertThat(waiting.pauses()).singleElement().satisfies(pause -> {
                assertThat(pause.reason()).isEqualTo("Adresse e-mail différente de celle du dossier " + tag);
                assertThat(pause.running()).isTrue();
            });
            assertThat(Mailbox.bodies(jdbc, email)).singleElement().asString()
                    .contains("Adresse e-mail différente de celle du dossier " + tag);

            clock.advance(Duration.ofDays(5));
            assertThat(requests.get(request.id()).deadline()).as("moves each day it waits")
                    .isEqualTo(LegalMonth.count(receivedOn, 1, 5).deadline());
            var resumed = requests.resume(request.id());

            assertThat(resumed.status()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(resumed.deadline()).isEqualTo(LegalMonth.count(receivedOn, 1, 5).deadline());
            assertThat(resumed.pauses()).singleElement().satisfies(pause -> assertThat(pause.days()).isEqualTo(5));
            assertThat(jdbc.sql("SELECT deadline FROM rights_request WHERE id = ?").param(request.id())
                    .query(LocalDate.class).single()).isEqualTo(resumed.deadline());
        } finally {
            clock.set(start);
        }
    }

    @Test
    @DisplayName("DSR-2 a request already waiting for the person is not paused twice")
    void identityCheckTwiceIsRefused() {
        var request = received(today());
        requests.askIdentity(request.id(), "Signature illisible");

        assertThatThrownBy(() -> requests.askIdentity(request.id(), "Encore"))
                .isInstanceOfSatisfying(InvalidRightsRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("reason:already-waiting"));
    }

    @Test
    @DisplayName("DSR-1 an unknown request is not found")
    void unknownRequest() {
        assertThatThrownBy(() -> requests.get(UUID.randomUUID())).isInstanceOf(RightsRequestNotFound.class);
    }

    private PersonId person(String last, String first, String address, String phone, String postal) {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, last, first, address, phone,
                null, postal, null, null, null, null, null)).id();
    }
}
