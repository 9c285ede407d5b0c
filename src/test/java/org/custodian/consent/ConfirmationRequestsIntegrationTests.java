package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 7 §5: confirmations asked of a person are grouped in one mail, never duplicated, and limited per address and
 * day ({@code custodian.consent.confirmation-mails-per-day}, 3 by default), also when submissions arrive at once.
 */
@IntegrationTest
@WithMockUser(username = "camille", roles = "SUPPORT")
class ConfirmationRequestsIntegrationTests {

    private static final List<String> PURPOSES = List.of("PROSPECTING", "CUSTOMER_RELATIONSHIP", "CUSTOMER_STUDIES");

    @Autowired
    ConsentLedger ledger;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;

    UUID person;
    String address;
    ConsentBases bases;

    @BeforeEach
    void person() {
        bases = ConsentBases.choose(jdbc);
        address = "paul-" + UUID.randomUUID() + "@example.org";
        person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Martin", "Paul", address,
                "06 12 34 56 78", null, "3 rue Haute, 69001 Lyon", null, null, null, null, null)).id().value();
    }

    @AfterEach
    void restoreBases() {
        bases.restore();
    }

    @Test
    @DisplayName("PRO-1 the consents asked of one person go in one mail listing each text, and its link confirms "
            + "them all")
    void oneMailConfirmsAll() {
        var outcome = ledger.requestConfirmation(List.of(submission("PROSPECTING", Channel.SMS, "Par SMS."),
                submission("PROSPECTING", Channel.POST, "Par courrier.")));

        assertThat(outcome).isEqualTo(ConfirmationOutcome.MAILED);
        assertThat(Mailbox.bodies(jdbc, address)).singleElement().asString().contains("« Par SMS. » (SMS)")
                .contains("« Par courrier. » (Courrier)");
        assertThat(ledger.current(person)).extracting(ConsentState::status)
                .containsOnly(ConsentStatus.PENDING_CONFIRMATION).hasSize(2);

        assertThat(ledger.confirm(Mailbox.confirmationToken(jdbc, address), "198.51.100.7", "agent")).hasSize(2);
        assertThat(ledger.current(person)).extracting(ConsentState::status).containsOnly(ConsentStatus.ACTIVE);
    }

    @Test
    @DisplayName("PRO-1 a repeated request re-uses the one pending for that purpose and channel: no second request, "
            + "no second mail")
    void repeatReusesPending() {
        for (var i = 0; i < 10; i++) {
            ledger.requestConfirmation(List.of(submission("PROSPECTING", Channel.SMS, "Par SMS.")));
        }

        assertThat(pendingRequests()).isEqualTo(1);
        assertThat(Mailbox.bodies(jdbc, address)).hasSize(1);
    }

    @Test
    @DisplayName("PRO-1 beyond the day's limit of confirmation mails to an address, no mail is queued and nothing is "
            + "recorded")
    void limitPerAddressAndDay() {
        var outcomes = new ArrayList<ConfirmationOutcome>();
        for (var purpose : PURPOSES) {
            outcomes.add(ledger.requestConfirmation(List.of(submission(purpose, Channel.SMS, "Par SMS."))));
        }
        outcomes.add(ledger.requestConfirmation(List.of(submission("PROSPECTING", Channel.POST, "Par courrier."))));

        assertThat(outcomes).containsExactly(ConfirmationOutcome.MAILED, ConfirmationOutcome.MAILED,
                ConfirmationOutcome.MAILED, ConfirmationOutcome.LIMIT_REACHED);
        assertThat(Mailbox.bodies(jdbc, address)).hasSize(3);
        assertThat(pendingRequests()).isEqualTo(3);
    }

    @Test
    @DisplayName("PRO-1 ten submissions at once for one purpose and channel leave one request and one mail")
    void parallelRepeatsLeaveOneRequest() throws Exception {
        var results = parallel(10, i -> () -> ledger.requestConfirmation(
                List.of(submission("PROSPECTING", Channel.SMS, "Par SMS."))));

        assertThat(results).containsOnlyOnce(ConfirmationOutcome.MAILED);
        assertThat(pendingRequests()).isEqualTo(1);
        assertThat(Mailbox.bodies(jdbc, address)).hasSize(1);
    }

    @Test
    @DisplayName("PRO-1 ten different requests at once for one address queue no more mails than the day's limit")
    void parallelRequestsKeepTheLimit() throws Exception {
        var keys = new ArrayList<ConsentSubmission>();
        for (var purpose : PURPOSES) {
            for (var channel : Channel.values()) {
                keys.add(submission(purpose, channel, "Case " + purpose + " " + channel));
            }
        }
        var results = parallel(10, i -> () -> ledger.requestConfirmation(List.of(keys.get(i))));

        assertThat(results).filteredOn(outcome -> outcome == ConfirmationOutcome.MAILED).hasSize(3);
        assertThat(Mailbox.bodies(jdbc, address)).hasSize(3);
        assertThat(pendingRequests()).isEqualTo(3);
    }

    private List<ConfirmationOutcome> parallel(int threads,
            IntFunction<Callable<ConfirmationOutcome>> task) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<ConfirmationOutcome>>();
            var context = SecurityContextHolder.getContext();
            for (var i = 0; i < threads; i++) {
                var work = task.apply(i);
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(context);
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<ConfirmationOutcome>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long pendingRequests() {
        return jdbc.sql("SELECT COUNT(*) FROM consent_request WHERE person_id = ?").param(person)
                .query(Long.class).single();
    }

    private ConsentSubmission submission(String purpose, Channel channel, String text) {
        return new ConsentSubmission(person, purpose, channel, text, "lettre", 1, 1, "203.0.113.9", "agent",
                "/p/forms/lettre", ProofKind.FORM, address, Locale.FRENCH);
    }
}
