package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.custodian.audit.AuditLog;
import org.custodian.campaigns.CampaignDraft;
import org.custodian.campaigns.CampaignSender;
import org.custodian.campaigns.CampaignTemplate;
import org.custodian.campaigns.Campaigns;
import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.prospecting.SuppressionList;
import org.custodian.testing.DeliveryReports;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PRO-5, a campaign's results "bounced": messages sent through a real SMTP server (GreenMail), then delivery status
 * notifications (RFC 3464) left in a bounce mailbox that the job reads over IMAP, or POP3. The job runs when the test
 * calls it (its schedule is an hour away).
 */
@IntegrationTest
@TestPropertySource(properties = {"custodian.mail.dispatch-interval=PT1H", "custodian.mail.bounces.poll-interval=PT1H",
        "custodian.campaigns.sweep-interval=PT1H", "custodian.campaigns.messages-per-second=0"})
class BounceReaderIntegrationTests {

    private static final GreenMail MAIL = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
            ServerSetupTest.IMAP.dynamicPort(), ServerSetupTest.POP3.dynamicPort()});
    private static final String BOUNCES_LOGIN = "bounces";
    private static final String BOUNCES_PASSWORD = "bounces-secret-2026";
    private static final GreenMailUser BOUNCES;

    static {
        MAIL.start();
        BOUNCES = MAIL.setUser("bounces@maison-lumiere.example", BOUNCES_LOGIN, BOUNCES_PASSWORD);
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("custodian.mail.bounces.host", () -> "127.0.0.1");
        registry.add("custodian.mail.bounces.port", () -> MAIL.getImap().getPort());
        registry.add("custodian.mail.bounces.protocol", () -> "imap");
        registry.add("custodian.mail.bounces.username", () -> BOUNCES_LOGIN);
        registry.add("custodian.mail.bounces.password", () -> BOUNCES_PASSWORD);
    }

    @Autowired
    BounceReader reader;
    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignSender sender;
    @Autowired
    SuppressionList suppressions;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    @DisplayName("PRO-5 a hard bounce read over IMAP marks its message bounced, once, audited; the report leaves the mailbox, other mail stays")
    void hardBounceOverImap() throws Exception {
        var category = "campaign/" + UUID.randomUUID();
        var to = unique("parti");
        var id = sent(to, category);
        var report = DeliveryReports.report(messageIdOf(id), to, "failed", "5.1.1");
        BOUNCES.deliver(DeliveryReports.message(report));
        BOUNCES.deliver(autoReply());

        reader.poll();

        assertThat(mailer.countByStatus(category)).containsExactlyEntriesOf(Map.of(MailStatus.BOUNCED, 1L));
        assertThat(outbox.find(id).orElseThrow().lastError()).startsWith("550 5.1.1");
        assertThat(jdbc.sql("SELECT bounce_status FROM mail_message WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("5.1.1");
        assertThat(inbox()).as("the auto-reply stays for a human").hasSize(1);
        assertThat(auditEntries(id)).containsExactly("hard bounce 5.1.1 read from the bounce mailbox");

        BOUNCES.deliver(DeliveryReports.message(report));
        reader.poll();

        assertThat(auditEntries(id)).as("a second report of the same bounce changes nothing").hasSize(1);
        assertThat(inbox()).hasSize(1);
    }

    @Test
    @DisplayName("PRO-5 a delay (4.x.x) is no bounce: the message stays sent, the report leaves the mailbox")
    void softBounceChangesNothing() throws Exception {
        var category = "campaign/" + UUID.randomUUID();
        var to = unique("plein");
        var id = sent(to, category);
        BOUNCES.deliver(DeliveryReports.message(DeliveryReports.report(messageIdOf(id), to, "delayed",
                "4.2.2")));

        reader.poll();

        assertThat(mailer.countByStatus(category)).containsExactlyEntriesOf(Map.of(MailStatus.SENT, 1L));
        assertThat(inbox()).isEmpty();
    }

    @Test
    @DisplayName("PRO-5 the bounce mailbox is read over POP3 too")
    void hardBounceOverPop3() throws Exception {
        var category = "campaign/" + UUID.randomUUID();
        var to = unique("parti");
        var id = sent(to, category);
        BOUNCES.deliver(DeliveryReports.message(DeliveryReports.report(messageIdOf(id), to, "failed",
                "5.1.2")));
        var pop3 = new BounceReader(new BounceMailbox(new BounceMailboxProperties("127.0.0.1",
                MAIL.getPop3().getPort(), BOUNCES_LOGIN, BOUNCES_PASSWORD, "pop3", "INBOX", 500)),
                outbox, audit, clock);

        pop3.poll();

        assertThat(mailer.countByStatus(category)).containsExactlyEntriesOf(Map.of(MailStatus.BOUNCED, 1L));
        assertThat(inbox()).isEmpty();
    }

    @Test
    @DisplayName("PRO-5 a hard bounce counts in the campaign's results (sending progress and API); it is neither a contact (PRO-6) nor an objection (PRO-3)")
    void bounceInCampaignResults() throws Exception {
        var postcode = "00" + (100 + ThreadLocalRandom.current().nextInt(900));
        var email = unique("ancienne");
        var person = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Ancienne", "Léa",
                email, null, null, "1 place du Marché, " + postcode + " Essai", null, null, null, null, null)).id();
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                        + " source) VALUES (?, ?, 'PROSPECTING', 'EMAIL', 'GIVEN', 'FORM', ?, 'test', 'test')")
                .params(UUID.randomUUID(), person.value(), Timestamp.from(clock.instant().minusSeconds(3600)))
                .update();
        var contactBefore = lastContact(person.value());
        var campaign = campaigns.create(new CampaignDraft("Retours " + UUID.randomUUID(), "EMAIL", "PROSPECTING", null,
                List.of(), new AudienceFilter(Set.of(PersonType.PROSPECT), Set.of(Audience.CONSUMER), null,
                        List.of(postcode), null, null, null, null), "Maison Lumière", "offres@maison-lumiere.example"),
                new CampaignTemplate("Nos pergolas", "<p>Bonjour {{prenom}}</p><a href=\"{{desinscription}}\">stop</a>",
                        "Bonjour {{prenom}}. Stop : {{desinscription}}")).id();
        assertThat(sender.start(campaign)).isTrue();
        await(() -> sender.progress(campaign).finished() && sender.progress(campaign).sent() == 1);
        // the message is marked sent right before the server holds it (PRO-5, kill -9): wait for the server too
        await(() -> Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> recipient(m).equals(email)));
        var received = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equals(email)).findFirst()
                .orElseThrow();
        BOUNCES.deliver(DeliveryReports.message(DeliveryReports.report(received.getMessageID(), email, "failed",
                "5.1.1")));

        reader.poll();

        var progress = sender.progress(campaign);
        assertThat(progress.bounced()).isEqualTo(1);
        assertThat(progress.sent()).as("accepted by the SMTP server, then bounced").isEqualTo(1);
        mvc.perform(get("/api/v1/campaigns/{id}", campaign).with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.bounced").value(1))
                .andExpect(jsonPath("$.results.sent").value(1));
        mvc.perform(get("/campaigns/{id}/sending", campaign).with(user("hugo").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"result-bounced\">1<")));
        assertThat(suppressions.find(email, null, Channel.EMAIL)).as("no objection").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_contact WHERE person_id = ?").param(person.value())
                .query(Long.class).single()).as("no contact from the person").isZero();
        assertThat(lastContact(person.value())).isEqualTo(contactBefore);
    }

    /**
     * A message written to the outbox and accepted by the SMTP server; its outbox id. The row is marked sent right
     * before the end of the message's DATA, so the server is waited for too.
     */
    private UUID sent(String to, String category) throws InterruptedException {
        var id = mailer.send(new OutgoingMail(to, "Nos pergolas", "Bonjour.", null, Map.of(), category,
                "offres@maison-lumiere.example"));
        await(() -> outbox.find(id).orElseThrow().status() == MailStatus.SENT && received(id).isPresent());
        return id;
    }

    /** The Message-ID the SMTP server received for that outbox row. */
    private static String messageIdOf(UUID id) {
        return received(id).orElseThrow(() -> new AssertionError("The SMTP server received no message " + id));
    }

    private static java.util.Optional<String> received(UUID id) {
        try {
            for (var message : MAIL.getReceivedMessages()) {
                if (MessageIds.parse(message.getMessageID()).filter(id::equals).isPresent()) {
                    return java.util.Optional.of(message.getMessageID());
                }
            }
            return java.util.Optional.empty();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private List<String> auditEntries(UUID mail) {
        audit.flush();
        return jdbc.sql("SELECT detail FROM audit_entry WHERE resource_type = 'mail' AND resource_id = ?"
                        + " AND action = 'UPDATE' AND actor = 'system'")
                .param(mail.toString()).query(String.class).list();
    }

    private String lastContact(UUID person) {
        return jdbc.sql("SELECT CAST(last_contact_at AS VARCHAR(40)) FROM person WHERE id = ?").param(person)
                .query(String.class).optional().orElse(null);
    }

    private static List<MimeMessage> inbox() throws Exception {
        return List.of(MAIL.getReceivedMessagesForDomain("maison-lumiere.example"));
    }

    private static MimeMessage autoReply() throws MessagingException {
        return DeliveryReports.message("""
                From: lea@example.org\r
                To: bounces@maison-lumiere.example\r
                Subject: Absente jusqu'au 15\r
                Content-Type: text/plain; charset=us-ascii\r
                \r
                Je suis absente.\r
                """);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for the delivery");
            }
            Thread.sleep(50);
        }
    }
}
