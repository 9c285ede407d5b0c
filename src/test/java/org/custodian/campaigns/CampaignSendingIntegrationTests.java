package org.custodian.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.custodian.audit.AuditLog;
import org.custodian.mail.Mailer;
import org.custodian.prospecting.CampaignEligibility;
import org.custodian.prospecting.UnsubscribeLinks;
import org.custodian.shared.PublicAddress;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionRequest;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.shared.PersonId;
import org.custodian.testing.MutableClock;
import org.custodian.testing.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns sent end to end against a real SMTP server (GreenMail): the messages it received, their headers, and what
 * the database says of them. One context of its own (an SMTP server is configured, small batches, no throttling).
 */
@SpringBootTest(properties = {"custodian.campaigns.batch-size=3", "custodian.campaigns.messages-per-second=0",
        "custodian.campaigns.sweep-interval=PT1H", "custodian.mail.dispatch-interval=PT1H"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class CampaignSendingIntegrationTests {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern CLICK = Pattern.compile("(/p/c/[A-Za-z0-9_-]+)");

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    CampaignSender sender;
    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignSendings sendings;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    Mailer mailer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    CampaignRepository repository;
    @Autowired
    CampaignMessageComposer composer;
    @Autowired
    CampaignMessages messages;
    @Autowired
    RecipientDetails details;
    @Autowired
    CampaignEligibility eligibility;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    ClickLinks clickLinks;
    @Autowired
    PublicAddress publicAddress;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CampaignSendingProperties properties;

    private CampaignFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CampaignFixtures(jdbc, clock);
    }

    @Test
    @DisplayName("PRO-5 a campaign sent end to end: exactly one message per eligible person, with both RFC 8058 headers")
    void sendsOneMessagePerEligiblePerson() throws Exception {
        var eligible = addresses("end", 5);
        eligible.forEach(fixtures::consenting);
        fixtures.withoutConsent(unique("end-noconsent"));
        var campaign = campaign();

        assertThat(sender.start(campaign)).isTrue();
        await(() -> sender.progress(campaign).finished() && sender.progress(campaign).sent() == 5);
        // each message is marked sent right before the server holds it (kill -9 safety): wait for the server too
        await(() -> receivedBy(eligible).size() >= 5);

        var received = receivedBy(eligible);
        assertThat(received).hasSize(5);
        assertThat(received.stream().map(this::recipient)).containsExactlyInAnyOrderElementsOf(eligible);
        for (var message : received) {
            assertThat(message.getHeader("List-Unsubscribe")).singleElement().asString()
                    .matches("<https?://[^>]+/p/unsubscribe/[A-Za-z0-9_-]{20,}>");
            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            assertThat(GreenMailUtil.getBody(message)).contains("/p/unsubscribe/");
        }
        var progress = sender.progress(campaign);
        assertThat(progress.written()).isEqualTo(5);
        assertThat(progress.excluded()).isEqualTo(1);
        assertThat(progress.held()).isZero();
        assertThat(progress.processed()).isEqualTo(6);
    }

    @Test
    @DisplayName("PRO-2, PRO-3 a person unsubscribed between two batches receives nothing more: the next batch re-checks")
    void unsubscribedBetweenBatchesReceivesNothing() throws Exception {
        var addresses = addresses("between", 6);
        addresses.forEach(fixtures::consenting);
        var campaign = campaign();
        assertThat(sender.begin(campaign)).isTrue();

        assertThat(sender.step(campaign)).isTrue();
        var decided = decidedPersons(campaign);
        assertThat(decided).hasSize(3);
        var later = addresses.stream().filter(address -> !decidedAddresses(campaign).contains(address)).findFirst()
                .orElseThrow();
        suppressions.add(new SuppressionRequest(later, null, SuppressionChannel.EMAIL, SuppressionSource.STAFF,
                "a letter received during the campaign"));
        while (sender.step(campaign)) {
            // the remaining batches
        }

        assertThat(receivedBy(List.of(later))).isEmpty();
        assertThat(receivedBy(addresses)).hasSize(5);
        assertThat(jdbc.sql("""
                        SELECT cm.status FROM campaign_message cm JOIN person p ON p.id = cm.person_id
                        WHERE cm.campaign_id = ? AND p.email = ?""").params(campaign, later)
                .query(String.class).single()).isEqualTo("EXCLUDED");
    }

    @Test
    @DisplayName("PRO-5 a sending stopped after a committed batch resumes from its cursor on another node: no duplicate, no loss")
    void resumesAfterACrash() throws Exception {
        var addresses = addresses("crash", 7);
        addresses.forEach(fixtures::consenting);
        var campaign = campaign();
        assertThat(sender.begin(campaign)).isTrue();
        assertThat(sender.step(campaign)).isTrue();
        // The node dies here, holding the lease: its first batch is committed, the rest never comes.
        var survivor = otherNode();
        assertThat(survivor.step(campaign)).as("the dead node's lease is still running").isFalse();

        clock.advance(Duration.ofMinutes(3));
        try {
            survivor.run(campaign);
        } finally {
            clock.advance(Duration.ofMinutes(-3));
        }

        assertThat(sendings.walk(campaign).orElseThrow().walked()).isTrue();
        var received = receivedBy(addresses);
        assertThat(received.stream().map(this::recipient)).containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_message WHERE campaign_id = ?").param(campaign)
                .query(Long.class).single()).isEqualTo(7);
    }

    @Test
    @DisplayName("PRO-5 concurrent send requests and walkers do not double-send")
    void concurrentRequestsDoNotDoubleSend() throws Exception {
        var addresses = addresses("race", 8);
        addresses.forEach(fixtures::consenting);
        var campaign = campaign();
        var nodes = List.of(sender, otherNode(), otherNode(), otherNode());
        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(nodes.size());
        try {
            var starts = new ArrayList<java.util.concurrent.Future<Boolean>>();
            for (var node : nodes) {
                starts.add(pool.submit((Callable<Boolean>) () -> {
                    ready.await();
                    var started = node.begin(campaign);
                    node.run(campaign);
                    return started;
                }));
            }
            ready.countDown();
            var started = 0;
            for (var start : starts) {
                started += start.get() ? 1 : 0;
            }
            assertThat(started).isEqualTo(1);
            for (var node : nodes) {
                node.run(campaign);
            }
        } finally {
            pool.shutdownNow();
        }
        await(() -> sender.progress(campaign).finished() && sender.progress(campaign).sent() == 8);
        await(() -> receivedBy(addresses).size() >= 8);
        var received = receivedBy(addresses);
        assertThat(received).hasSize(8);
        assertThat(received.stream().map(this::recipient)).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("INF-4 a person whose data came from a third party is told its source in the first message only")
    void thirdPartySourceOnce() throws Exception {
        var address = unique("inf4");
        fixtures.imported(address, "Salon Habitat 2025 (liste de visiteurs)");
        var first = campaign();
        sender.begin(first);
        sender.run(first);
        var second = campaign();
        sender.begin(second);
        sender.run(second);

        var bodies = receivedBy(List.of(address)).stream().map(GreenMailUtil::getBody).toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.stream().filter(body -> body.contains("Salon Habitat 2025"))).hasSize(1);
    }

    @Test
    @DisplayName("PRO-6 a click on a message's link is a contact from the person and leads to the template's address only")
    void clickTracking() throws Exception {
        var address = unique("click");
        var person = fixtures.consenting(address);
        var campaign = campaign();
        sender.begin(campaign);
        sender.run(campaign);
        var html = GreenMailUtil.getBody(receivedBy(List.of(address)).get(0)).replace("=\r\n", "").replace("=3D", "=");
        var link = CLICK.matcher(html);
        assertThat(link.find()).isTrue();

        mvc.perform(head(link.group(1))).andExpect(status().isFound());
        assertThat(clicks(campaign, person)).as("a HEAD is no click").isZero();

        mvc.perform(get(link.group(1))).andExpect(status().isFound())
                .andExpect(header().string("Location", "https://shop.example/jardin?x=1&y=2"));
        assertThat(clicks(campaign, person)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_contact WHERE person_id = ? AND kind = 'CLICK'")
                .param(person.value()).query(Long.class).single()).isEqualTo(1);

        var forged = link.group(1).substring(0, link.group(1).length() - 2) + "AA";
        mvc.perform(get(forged)).andExpect(status().isNotFound());
    }

    private int clicks(UUID campaign, PersonId person) {
        return jdbc.sql("SELECT clicks FROM campaign_message WHERE campaign_id = ? AND person_id = ?")
                .params(campaign, person.value()).query(Integer.class).single();
    }

    /** The sender of another node of the cluster: same database, its own node name. */
    private CampaignSender otherNode() {
        return new CampaignSender(sendings, repository, composer, messages, details, eligibility, links,
                new CampaignMessageWriter(clickLinks), mailer, publicAddress, audit, transactions, Runnable::run,
                properties, clock);
    }

    @Test
    @DisplayName("PRO-8 a person postponed by the frequency cap is sent the campaign once back under it, once, while it is open")
    void postponedPersonIsSentLater() throws Exception {
        var sent = addresses("capped-ok", 2);
        sent.forEach(fixtures::consenting);
        var cappedAddress = unique("capped");
        var capped = fixtures.consenting(cappedAddress);
        var now = clock.instant();
        // four campaign messages within the 30-day window: the oldest, 10 days old, leaves it in 20 days
        for (var daysAgo : List.of(10, 9, 2, 1)) {
            earlierCampaignMessage(capped, cappedAddress, now.minus(Duration.ofDays(daysAgo)));
        }
        var campaign = campaign();
        assertThat(sender.begin(campaign)).isTrue();
        sender.run(campaign);

        assertThat(receivedBy(sent)).hasSize(2);
        assertThat(receivedBy(List.of(cappedAddress))).isEmpty();
        var progress = sender.progress(campaign);
        assertThat(progress.postponed()).isEqualTo(1);
        assertThat(progress.postponedFrom()).isCloseTo(now.minus(Duration.ofDays(10)).plus(Duration.ofDays(30)),
                within(1, ChronoUnit.MILLIS));
        assertThat(progress.openUntil()).isCloseTo(now.plus(properties.openFor()), within(1, ChronoUnit.SECONDS));
        mvc.perform(get("/campaigns/" + campaign + "/progress").with(user("hugo").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 personne recevra la campagne plus tard, à partir du")));

        try {
            clock.advance(Duration.ofDays(10));
            assertThat(sendings.postponedDue(clock.instant())).doesNotContain(campaign);
            sender.sendPostponed(campaign);
            assertThat(receivedBy(List.of(cappedAddress))).as("still over the cap").isEmpty();

            clock.advance(Duration.ofDays(10).plusMinutes(1));
            assertThat(sendings.postponedDue(clock.instant())).contains(campaign);
            sender.sendPostponed(campaign);
            sender.sendPostponed(campaign);

            assertThat(receivedBy(List.of(cappedAddress))).as("exactly one message, however often asked").hasSize(1);
            assertThat(receivedBy(sent)).hasSize(2);
            var after = sender.progress(campaign);
            assertThat(after.postponed()).isZero();
            assertThat(after.written()).isEqualTo(3);
            assertThat(after.postponedFrom()).isNull();
            assertThat(sendings.postponedDue(clock.instant())).doesNotContain(campaign);
        } finally {
            clock.advance(Duration.ofDays(-20).minusMinutes(1));
        }
    }

    @Test
    @DisplayName("PRO-8, PRO-3 a postponed person who unsubscribes before being back under the cap is never sent the campaign")
    void postponedThenUnsubscribedIsNotSent() throws Exception {
        var cappedAddress = unique("capped-unsub");
        var capped = fixtures.consenting(cappedAddress);
        var now = clock.instant();
        for (var daysAgo : List.of(5, 4, 3, 2)) {
            earlierCampaignMessage(capped, cappedAddress, now.minus(Duration.ofDays(daysAgo)));
        }
        var campaign = campaign();
        assertThat(sender.begin(campaign)).isTrue();
        sender.run(campaign);
        assertThat(sender.progress(campaign).postponed()).isEqualTo(1);
        suppressions.add(new SuppressionRequest(cappedAddress, null, SuppressionChannel.EMAIL, SuppressionSource.STAFF,
                "a letter received while postponed"));

        try {
            clock.advance(Duration.ofDays(26));
            sender.sendPostponed(campaign);
            assertThat(receivedBy(List.of(cappedAddress))).isEmpty();
            assertThat(jdbc.sql("SELECT status FROM campaign_message WHERE campaign_id = ? AND person_id = ?")
                    .params(campaign, capped.value()).query(String.class).single()).isEqualTo("EXCLUDED");
        } finally {
            clock.advance(Duration.ofDays(-26));
        }
    }

    /** A message of another campaign the person received at {@code at}: it counts towards the frequency cap. */
    private void earlierCampaignMessage(PersonId person, String address, java.time.Instant at) {
        jdbc.sql("""
                        INSERT INTO mail_message (id, created_at, created_by, category, recipient, subject, text_body,
                            status, attempts, person_id, sent_at)
                        VALUES (?, ?, 'system', ?, ?, 'Avant', 'Avant', 'SENT', 1, ?, ?)""")
                .params(UUID.randomUUID(), java.sql.Timestamp.from(at), "campaign/" + UUID.randomUUID(), address,
                        person.value(), java.sql.Timestamp.from(at)).update();
    }

    private UUID campaign() {
        return campaigns.create(new CampaignDraft("Printemps " + UUID.randomUUID(), "EMAIL", "PROSPECTING", null,
                List.of(), fixtures.audience(), "Maison Lumière", "bonjour@maison-lumiere.example"),
                new CampaignTemplate("Le jardin au printemps", CampaignFixtures.TEMPLATE_HTML,
                        CampaignFixtures.TEMPLATE_TEXT)).id();
    }

    private List<String> decidedPersons(UUID campaign) {
        return jdbc.sql("SELECT CAST(person_id AS VARCHAR) FROM campaign_message WHERE campaign_id = ?")
                .param(campaign).query(String.class).list();
    }

    private List<String> decidedAddresses(UUID campaign) {
        return jdbc.sql("""
                        SELECT p.email FROM campaign_message cm JOIN person p ON p.id = cm.person_id
                        WHERE cm.campaign_id = ?""").param(campaign).query(String.class).list();
    }

    private static List<String> addresses(String prefix, int count) {
        var addresses = new ArrayList<String>();
        for (var i = 0; i < count; i++) {
            addresses.add(unique(prefix + i));
        }
        return addresses;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private List<MimeMessage> receivedBy(List<String> addresses) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> addresses.contains(recipient(message)))
                .collect(Collectors.toList());
    }

    private String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for the sending");
            }
            Thread.sleep(50);
        }
    }
}
