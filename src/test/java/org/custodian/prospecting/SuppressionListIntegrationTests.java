package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PRO-3: the suppression list keeps keyed hashes only, recognises an address however it is typed, per channel, lets a
 * later consent lift an opposition, and survives the person's erasure.
 */
@IntegrationTest
class SuppressionListIntegrationTests {

    @Autowired
    SuppressionList list;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private static String address() {
        return "Opp." + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
    }

    private static SuppressionRequest request(String email, String phone, SuppressionChannel channel) {
        return new SuppressionRequest(email, phone, channel, SuppressionSource.STAFF, "courrier reçu");
    }

    private PersonId person(String email) {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Opposant", "Léa", email,
                null, null, null, null, null, null, null, null)).id();
    }

    @Test
    @DisplayName("PRO-3 the list stores a keyed hash of the address, never the address itself")
    void storesOnlyTheHash() {
        var email = address();

        var entry = list.add(request(email, null, SuppressionChannel.ALL)).get(0);

        var row = jdbc.sql("SELECT * FROM suppression_entry WHERE id = ?").param(entry.id()).query().singleRow();
        var local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value).toLowerCase(Locale.ROOT))
                .doesNotContain(local));
        assertThat((String) row.get("value_hash")).matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName("PRO-3 an address is recognised whatever its case and surrounding spaces")
    void recognisesTheAddressHoweverTyped() {
        var email = address();
        list.add(request(email, null, SuppressionChannel.ALL));

        assertThat(list.isSuppressed("  " + email.toUpperCase(Locale.ROOT) + " ", null, Channel.EMAIL)).isTrue();
        assertThat(list.isSuppressed(address(), null, Channel.EMAIL)).isFalse();
    }

    @Test
    @DisplayName("PRO-3 the address's normalisation is the persons' match key: the same person for both")
    void normalisationAgreesWithThePersonsMatchKey() {
        var stored = address();
        person(stored);

        for (var typed : new String[] {stored.toUpperCase(Locale.ROOT), "  " + stored.toLowerCase(Locale.ROOT) + " "}) {
            assertThat(persons.findByEmail(typed, "test")).as(typed).isPresent();
            assertThat(SuppressionHasher.emailKey(typed)).as(typed).isEqualTo(SuppressionHasher.emailKey(stored));
        }
    }

    @Test
    @DisplayName("PRO-3 a phone is recognised by its national digits, in international or dotted form")
    void recognisesThePhoneByItsDigits() {
        var digits = String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
        list.add(request(null, "+33 6 " + digits, SuppressionChannel.SMS));

        assertThat(list.isSuppressed(null, "06." + digits, Channel.SMS)).isTrue();
    }

    @Test
    @DisplayName("PRO-3 an opposition for one channel stops that channel only; one for all channels stops each")
    void perChannelAndGlobal() {
        var sms = address();
        var all = address();
        list.add(request(sms, null, SuppressionChannel.SMS));
        list.add(request(all, null, SuppressionChannel.ALL));

        assertThat(list.isSuppressed(sms, null, Channel.EMAIL)).isFalse();
        assertThat(list.isSuppressed(sms, null, Channel.SMS)).isTrue();
        assertThat(list.isSuppressed(all, null, Channel.POST)).isTrue();
    }

    @Test
    @DisplayName("PRO-3 the same opposition twice keeps one entry, dated by the latest")
    void sameOppositionTwiceKeepsOneEntry() {
        var email = address();
        var first = list.add(request(email, null, SuppressionChannel.EMAIL)).get(0);
        var start = clock.instant();
        try {
            clock.advance(Duration.ofDays(2));
            var second = list.add(request(email, null, SuppressionChannel.EMAIL)).get(0);

            assertThat(second.id()).isEqualTo(first.id());
            assertThat(second.firstRecordedAt()).isEqualTo(first.firstRecordedAt());
            assertThat(second.recordedAt()).isAfter(first.recordedAt());
        } finally {
            clock.set(start);
        }
    }

    @Test
    @DisplayName("PRO-3 the same address added by eight requests at once leaves one entry")
    void concurrentAdditionsLeaveOneEntry() throws Exception {
        var email = address();
        var ready = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<UUID>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> {
                    ready.await();
                    return list.add(request(email, null, SuppressionChannel.ALL)).get(0).id();
                });
            }
            var futures = tasks.stream().map(executor::submit).toList();
            ready.countDown();
            var ids = new ArrayList<UUID>();
            for (var future : futures) {
                ids.add(future.get());
            }

            assertThat(ids).containsOnly(ids.get(0));
            assertThat(list.lookup(email, null)).hasSize(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("PRO-3 a confirmed consent given after the opposition lifts it for that channel")
    void laterConsentLifts() {
        var email = address();
        var person = person(email);
        list.add(request(email, null, SuppressionChannel.EMAIL));
        var start = clock.instant();
        try {
            clock.advance(Duration.ofHours(1));
            ledger.submit(new ConsentSubmission(person.value(), SuppressionList.PROSPECTING, Channel.EMAIL,
                    "J'accepte de recevoir vos offres par e-mail.", "newsletter", 1, 1, "203.0.113.9", "Mozilla/5.0",
                    "site web", ProofKind.FORM, email, Locale.FRENCH));
            ledger.confirm(Mailbox.confirmationToken(jdbc, email), "203.0.113.9", "Mozilla/5.0");

            var check = list.check(person, email, null, Channel.EMAIL);

            assertThat(check.lifted()).isTrue();
            assertThat(check.blocks()).isFalse();
        } finally {
            clock.set(start);
        }
    }

    @Test
    @DisplayName("PRO-3 without a later consent the opposition blocks the send")
    void oppositionBlocksWithoutLaterConsent() {
        var email = address();
        var person = person(email);
        list.add(request(email, null, SuppressionChannel.ALL));

        var check = list.check(person, email, null, Channel.EMAIL);

        assertThat(check.blocks()).isTrue();
    }

    @Test
    @DisplayName("PRO-3 DSR-5 an erased person who had objected stays on the list, so they are not canvassed again")
    void survivesErasure() {
        var email = address();
        var person = person(email);
        ledger.recordObjection(new ConsentSubmission(person.value(), SuppressionList.PROSPECTING, Channel.EMAIL,
                "Je ne souhaite pas recevoir vos offres.", "newsletter", 1, 1, null, null, "site web", ProofKind.FORM,
                null, Locale.FRENCH));

        persons.delete(person);
        await().atMost(Duration.ofSeconds(30)).until(() -> persons.erasureComplete(person));

        assertThat(list.find(email, null, Channel.EMAIL)).get()
                .satisfies(entry -> assertThat(entry.source()).isEqualTo(SuppressionSource.ERASURE));
        assertThat(list.reasonFor(email, null)).get()
                .satisfies(reason -> assertThat(reason.messageKey()).isEqualTo("prospecting.suppression.reason.EMAIL"));
    }

    @Test
    @DisplayName("PRO-3 DSR-5 an erased person who never objected is not put on the list")
    void erasureWithoutObjectionAddsNothing() {
        var email = address();
        var person = person(email);

        persons.delete(person);
        await().atMost(Duration.ofSeconds(30)).until(() -> persons.erasureComplete(person));

        assertThat(list.reasonFor(email, null)).isEmpty();
    }

    @Test
    @DisplayName("PRO-3 a reason holding the address is refused: the list keeps none")
    void reasonWithAnAddressIsRefused() {
        var email = address();

        assertThatThrownBy(() -> list.add(new SuppressionRequest(email, null, SuppressionChannel.ALL,
                SuppressionSource.STAFF, "demande de " + email)))
                .isInstanceOfSatisfying(InvalidSuppression.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.field()).containsExactly("reason"));
        assertThat(list.lookup(email, null)).isEmpty();
    }

    @Test
    @DisplayName("PRO-3 neither an address nor a phone is refused")
    void nothingToHashIsRefused() {
        assertThatThrownBy(() -> list.add(request(" ", null, SuppressionChannel.ALL)))
                .isInstanceOf(InvalidSuppression.class);
    }

    @Test
    @DisplayName("PRO-2 PRO-3 the snapshot answers for a whole audience, one read for the list")
    void snapshotFindsTheLatestCoveringEntry() {
        var email = address();
        var entry = list.add(request(email, null, SuppressionChannel.EMAIL)).get(0);

        var snapshot = list.snapshot();

        assertThat(snapshot.factFor(email.toLowerCase(Locale.ROOT), null, Channel.EMAIL)).get()
                .satisfies(fact -> assertThat(fact.id()).isEqualTo(entry.id()));
        assertThat(snapshot.factFor(email, null, Channel.SMS)).isEmpty();
    }
}
