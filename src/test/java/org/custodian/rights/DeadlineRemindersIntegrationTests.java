package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.custodian.access.NewUser;
import org.custodian.access.Role;
import org.custodian.access.UserAdministration;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** DSR-1 — the reminders of the deadlines, mailed to whoever handles the request, once per deadline value. */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class DeadlineRemindersIntegrationTests {

    @Autowired
    DeadlineReminders reminders;
    @Autowired
    RequestAssignments assignments;
    @Autowired
    RightsRequests requests;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String login = "suivi" + tag;
    private final String address = login + "@maison-lumiere.example";
    private UUID requestId;

    @BeforeEach
    void aRequestDueWithinTheWeekAssignedToCustomerService() {
        users.create(new NewUser(login, "Léon Suivi " + tag, address, Set.of(Role.SUPPORT)), "admin");
        var receivedOn = requests.today().minusMonths(1).plusDays(3);
        requestId = requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.LETTER, receivedOn,
                "rappel." + tag + "@example.org", null, "Rappel" + tag, null, null, null)).id();
        assignments.assign(requestId, login);
    }

    private List<String> reminded() {
        return jdbc.sql("SELECT kind || ' ' || deadline FROM rights_reminder WHERE request_id = ? ORDER BY sent_at,"
                + " kind").param(requestId).query(String.class).list();
    }

    private LocalDate deadline() {
        return jdbc.sql("SELECT deadline FROM rights_request WHERE id = ?").param(requestId).query(LocalDate.class)
                .single();
    }

    @Test
    @DisplayName("DSR-1 a week before its deadline, the assignee is reminded by mail, once however often the job runs")
    void remindedOnceBeforeTheDeadline() {
        reminders.remind();
        reminders.remind();

        assertThat(reminded()).containsExactly("BEFORE " + deadline());
        assertThat(Mailbox.bodies(jdbc, address)).singleElement()
                .satisfies(body -> assertThat(body).contains("/rights/" + requestId).doesNotContain("Rappel" + tag));
    }

    @Test
    @DisplayName("DSR-1 once late, the assignee is reminded once more")
    void remindedOnceMoreWhenLate() {
        reminders.remind();
        clock.advance(Duration.ofDays(10));
        try {
            reminders.remind();
            reminders.remind();
        } finally {
            clock.advance(Duration.ofDays(-10));
        }

        assertThat(reminded()).containsExactly("BEFORE " + deadline(), "LATE " + deadline());
        assertThat(Mailbox.bodies(jdbc, address)).hasSize(2)
                .anySatisfy(body -> assertThat(body).contains("en retard"));
    }

    @Test
    @DisplayName("DSR-1 a deadline moved by a pause gets its own reminder")
    void aMovedDeadlineGetsItsOwnReminder() {
        reminders.remind();
        var first = deadline();
        requests.askIdentity(requestId, "La signature ne correspond pas.");
        clock.advance(Duration.ofDays(3));
        try {
            requests.resume(requestId);
            reminders.remind();
        } finally {
            clock.advance(Duration.ofDays(-3));
        }

        assertThat(deadline()).isAfter(first);
        assertThat(reminded()).containsExactly("BEFORE " + first, "BEFORE " + deadline());
    }

    @Test
    @DisplayName("DSR-1 a request waiting for the person is not reminded: its deadline is paused")
    void waitingRequestNotReminded() {
        requests.askIdentity(requestId, "La signature ne correspond pas.");

        reminders.remind();

        assertThat(reminded()).isEmpty();
    }

    @Test
    @DisplayName("DSR-1 two nodes running the job at once send one reminder")
    void concurrentRunsSendOneReminder() throws Exception {
        var executor = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var runs = new ArrayList<Future<?>>();
            for (var i = 0; i < 2; i++) {
                runs.add(executor.submit(() -> {
                    start.await();
                    reminders.remind();
                    return null;
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(reminded()).hasSize(1);
        assertThat(Mailbox.bodies(jdbc, address)).hasSize(1);
    }

    @Test
    @DisplayName("DSR-1 a request is assigned only to an active DPO or customer-service account")
    void assignedOnlyToEligibleStaff() {
        var sales = "vente" + tag;
        users.create(new NewUser(sales, "Vera Vente", sales + "@maison-lumiere.example", Set.of(Role.SALES)), "admin");

        assertThatThrownBy(() -> assignments.assign(requestId, sales)).isInstanceOfSatisfying(
                InvalidRightsRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("assignee:assignee.notEligible"));
        assertThat(assignments.assignee(requestId)).contains(login);
    }
}
