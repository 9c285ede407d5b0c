package org.custodian.prospecting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.prospecting.LinkVisitor;
import org.custodian.prospecting.OptOuts;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.prospecting.UnsubscribeLinks;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PRO-3, RFC 8058 (issue 9 §4): the one-click unsubscribe link of a message. Opening it changes nothing; the bare
 * one-click POST of a mail client unsubscribes at once, once, a year later and after the person's erasure; a forged
 * link is a 404 that says how to object otherwise.
 */
@IntegrationTest
class UnsubscribeLinkIntegrationTests {

    private static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    OptOuts optOuts;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private static String address() {
        return "desabo." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private PersonId person(String email) {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Désabonné", "Noé", email,
                null, null, null, null, null, null, null, null)).id();
    }

    /** The path of a link, as a mail client calls it. */
    private static String path(String link) {
        return link.substring(link.indexOf("/p/"));
    }

    private long objections(PersonId person) {
        return ledger.history(person.value()).stream()
                .filter(record -> record.purpose().equals(ConsentLedger.PROSPECTING)
                        && record.channel() == Channel.EMAIL && record.event().name().equals("OBJECTED"))
                .count();
    }

    private ConsentStatus emailProspecting(PersonId person) {
        return ledger.current(person.value()).stream()
                .filter(state -> state.purpose().equals(ConsentLedger.PROSPECTING) && state.channel() == Channel.EMAIL)
                .map(state -> state.status()).findFirst().orElse(null);
    }

    @Test
    @DisplayName("PRO-3 the links are absolute, opaque, and hold neither the address nor the person id")
    void linksAreOpaque() {
        var email = address();
        var person = person(email);

        var issued = links.issue(person, email, null);

        assertThat(issued.unsubscribe()).matches("http://localhost:8080/p/unsubscribe/[A-Za-z0-9_-]{43}");
        assertThat(issued.preferences()).matches("http://localhost:8080/p/preferences/[A-Za-z0-9_-]{43}");
        assertThat(issued.unsubscribe() + issued.preferences()).doesNotContain(person.value().toString())
                .doesNotContain("desabo");
        var stored = jdbc.sql("SELECT * FROM message_link WHERE person_id = ?").param(person.value()).query().listOfRows();
        assertThat(stored).hasSize(2).allSatisfy(row -> assertThat(row.values()).allSatisfy(value ->
                assertThat(String.valueOf(value)).doesNotContain("desabo").doesNotContain(
                        path(issued.unsubscribe()).substring("/p/unsubscribe/".length()))));
    }

    @Test
    @DisplayName("PRO-3 a GET and a HEAD of the unsubscribe link change nothing: a page with one button")
    void getAndHeadChangeNothing() throws Exception {
        var email = address();
        var person = person(email);
        var link = path(links.issue(person, email, null).unsubscribe());

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("<form"),
                        Matchers.containsString("Je ne veux plus recevoir vos messages de prospection par e-mail"))));
        mvc.perform(head(link)).andExpect(status().isOk());
        mvc.perform(get(link + "?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("I no longer want to receive")));

        assertThat(suppressions.find(email, null, Channel.EMAIL)).isEmpty();
        assertThat(emailProspecting(person)).isNull();
    }

    @Test
    @DisplayName("PRO-3 RFC 8058 the bare one-click POST, without cookie or CSRF token, unsubscribes at once")
    void oneClickPostUnsubscribes() throws Exception {
        var email = address();
        var person = person(email);
        var link = path(links.issue(person, email, UUID.randomUUID()).unsubscribe());

        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(ONE_CLICK)
                        .header("User-Agent", "Mail client"))
                .andExpect(status().isOk());

        assertThat(suppressions.find(email, null, Channel.EMAIL)).get().satisfies(entry -> {
            assertThat(entry.source()).isEqualTo(SuppressionSource.UNSUBSCRIBE_LINK);
            assertThat(entry.channel()).isEqualTo(SuppressionChannel.EMAIL);
        });
        assertThat(emailProspecting(person)).isEqualTo(ConsentStatus.OBJECTED);
        assertThat(ledger.history(person.value())).first().satisfies(record -> {
            assertThat(record.source()).startsWith("lien de désinscription (émission ");
            assertThat(record.ip()).isEqualTo("127.0.0.1");
            assertThat(record.userAgent()).isEqualTo("Mail client");
        });
    }

    @Test
    @DisplayName("PRO-3, PRO-5 links issued for a whole batch at once are each the recipient's own, and work")
    void batchIssuedLinksWork() throws Exception {
        var first = address();
        var second = address();
        var firstPerson = person(first);
        var secondPerson = person(second);
        var campaign = UUID.randomUUID();

        var issued = links.issueAll(java.util.List.of(new UnsubscribeLinks.Recipient(firstPerson, first),
                new UnsubscribeLinks.Recipient(secondPerson, second)), campaign);

        assertThat(issued).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT issue_id) FROM message_link WHERE campaign_id = ?").param(campaign)
                .query(Long.class).single()).isEqualTo(2);
        mvc.perform(post(path(issued.get(1).unsubscribe())).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(ONE_CLICK)).andExpect(status().isOk());
        assertThat(suppressions.find(second, null, Channel.EMAIL)).isPresent();
        assertThat(suppressions.find(first, null, Channel.EMAIL)).isEmpty();
        assertThat(emailProspecting(secondPerson)).isEqualTo(ConsentStatus.OBJECTED);
    }

    @Test
    @DisplayName("PRO-3 RFC 8058 the one-click POST may come as multipart/form-data")
    void oneClickMultipartUnsubscribes() throws Exception {
        var email = address();
        var person = person(email);
        var link = path(links.issue(person, email, null).unsubscribe());

        mvc.perform(multipart(link).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());

        assertThat(suppressions.find(email, null, Channel.EMAIL)).isPresent();
    }

    @Test
    @DisplayName("PRO-3 two POSTs of the link leave one suppression entry and one objection, both answered 200")
    void unsubscribingTwiceIsIdempotent() throws Exception {
        var email = address();
        var person = person(email);
        var link = path(links.issue(person, email, null).unsubscribe());

        mvc.perform(post(link)).andExpect(status().isOk());
        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(ONE_CLICK))
                .andExpect(status().isOk());

        assertThat(suppressions.lookup(email, null)).hasSize(1);
        assertThat(objections(person)).isEqualTo(1);
    }

    @Test
    @DisplayName("PRO-3 concurrent POSTs of the same link leave one suppression entry and one objection")
    void concurrentPostsLeaveOneEntry() throws Exception {
        var email = address();
        var person = person(email);
        var token = path(links.issue(person, email, null).unsubscribe()).substring("/p/unsubscribe/".length());
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(6);
        try {
            var tasks = new ArrayList<Callable<Boolean>>();
            for (var i = 0; i < 6; i++) {
                tasks.add(() -> {
                    start.await();
                    return optOuts.unsubscribe(token, "List-Unsubscribe=One-Click",
                            new LinkVisitor("127.0.0.1", "Mail client", Locale.FRENCH));
                });
            }
            var futures = tasks.stream().map(executor::submit).toList();
            start.countDown();
            for (var future : futures) {
                assertThat(future.get()).isTrue();
            }
        } finally {
            executor.shutdown();
        }

        assertThat(suppressions.lookup(email, null)).hasSize(1);
        assertThat(objections(person)).isEqualTo(1);
    }

    @Test
    @DisplayName("PRO-3 the link never expires: it still unsubscribes a year later")
    void linkWorksAYearLater() throws Exception {
        var email = address();
        var person = person(email);
        var link = path(links.issue(person, email, null).unsubscribe());

        clock.advance(Duration.ofDays(366));
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(ONE_CLICK))
                .andExpect(status().isOk());

        assertThat(suppressions.find(email, null, Channel.EMAIL)).isPresent();
        assertThat(emailProspecting(person)).isEqualTo(ConsentStatus.OBJECTED);
    }

    @Test
    @DisplayName("PRO-3 DSR-5 after the person's erasure the link still works: it puts the address's hash on the list "
            + "and creates no personal data")
    void linkWorksAfterErasure() throws Exception {
        var email = address();
        var person = person(email);
        var link = path(links.issue(person, email, null).unsubscribe());

        persons.delete(person);
        await().atMost(Duration.ofSeconds(30)).until(() -> persons.erasureComplete(person));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM message_link WHERE person_id = ?").param(person.value())
                .query(Long.class).single()).isZero();
        var personsBefore = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
        var ledgerBefore = jdbc.sql("SELECT COUNT(*) FROM consent_record").query(Long.class).single();

        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(ONE_CLICK))
                .andExpect(status().isOk());

        assertThat(suppressions.find(email, null, Channel.EMAIL)).get()
                .satisfies(entry -> assertThat(entry.source()).isEqualTo(SuppressionSource.UNSUBSCRIBE_LINK));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(personsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_record").query(Long.class).single()).isEqualTo(ledgerBefore);
    }

    @Test
    @DisplayName("PRO-3 a forged or unknown link is a 404 that says how to object otherwise, and records nothing")
    void forgedLinkIsNotFound() throws Exception {
        var entries = jdbc.sql("SELECT COUNT(*) FROM suppression_entry").query(Long.class).single();

        for (var token : new String[] {"forged", "A".repeat(43), "x".repeat(200)}) {
            mvc.perform(get("/p/unsubscribe/{token}", token)).andExpect(status().isNotFound())
                    .andExpect(content().string(Matchers.allOf(Matchers.containsString("/p/preferences"),
                            Matchers.containsString("/p/privacy"))));
            mvc.perform(post("/p/unsubscribe/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content(ONE_CLICK)).andExpect(status().isNotFound());
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM suppression_entry").query(Long.class).single()).isEqualTo(entries);
    }

    @Test
    @DisplayName("PRO-3 a preference-centre link does not unsubscribe through the unsubscribe address")
    void preferenceLinkIsNotAnUnsubscribeLink() throws Exception {
        var email = address();
        var person = person(email);
        var preferences = path(links.issue(person, email, null).preferences());

        mvc.perform(post("/p/unsubscribe/" + preferences.substring("/p/preferences/".length())))
                .andExpect(status().isNotFound());
    }
}
