package org.custodian.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.custodian.testing.DeadNodes;
import org.custodian.testing.MutableClock;
import org.custodian.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PRO-5 «resumable after kill -9 with no duplicate and no loss», for real: a second Custodian, in a child JVM on the
 * same database and the same SMTP server (GreenMail, in this JVM), sends a campaign and is killed with
 * {@link Process#destroyForcibly()} (SIGKILL) in the middle of its delivery; this node then resumes it as any node would
 * (the walk once the dead node's lease has run out, the outbox's messages once its claims are stale). Every eligible
 * person must have received exactly one message. On H2 the database is a file served to both JVMs (AUTO_SERVER); on
 * PostgreSQL, the run's own database.
 */
@SpringBootTest(properties = {"custodian.campaigns.batch-size=5", "custodian.campaigns.messages-per-second=15",
        "custodian.campaigns.sweep-interval=PT1H", "custodian.mail.dispatch-interval=PT0.5S"})
@Import(TestClockConfiguration.class)
class CampaignKillNineIntegrationTests {

    private static final int PERSONS = 30;
    private static final String KILLED_NODE = "kill9-sender-" + UUID.randomUUID();
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final String H2 = "jdbc:h2:file:" + Path.of("target", "kill-nine", UUID.randomUUID().toString(),
            "custodian").toAbsolutePath() + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH";

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void shared(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        if (!System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
            registry.add("spring.datasource.url", () -> H2);
        }
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    CampaignSender sender;
    @Autowired
    Campaigns campaigns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${spring.datasource.username:sa}")
    String databaseUser;
    @Value("${spring.datasource.password:}")
    String databasePassword;

    @Test
    @DisplayName("PRO-5 a node killed with kill -9 in the middle of a campaign: resumed elsewhere, every person gets exactly one message")
    void killedMidSendResumesWithoutDuplicateOrLoss() throws Exception {
        var fixtures = new CampaignFixtures(jdbc, clock);
        var addresses = new ArrayList<String>();
        for (var i = 0; i < PERSONS; i++) {
            addresses.add("kill9-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        }
        addresses.forEach(fixtures::consenting);
        var campaign = campaigns.create(new CampaignDraft("Kill -9 " + UUID.randomUUID(), "EMAIL", "PROSPECTING", null,
                List.of(), fixtures.audience(), "Maison Lumière", "bonjour@maison-lumiere.example"),
                new CampaignTemplate("Le jardin au printemps", CampaignFixtures.TEMPLATE_HTML,
                        CampaignFixtures.TEMPLATE_TEXT)).id();
        assertThat(sender.begin(campaign)).isTrue();

        var log = Files.createDirectories(Path.of("target", "kill-nine")).resolve(campaign + ".log");
        var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                KilledSenderNode.class.getName(),
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + databaseUser,
                "--spring.datasource.password=" + databasePassword, "--server.port=0",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                "--custodian.node-id=" + KILLED_NODE, "--custodian.campaigns.batch-size=5",
                "--custodian.campaigns.messages-per-second=15",
                // its first sweep, at start-up, takes the walk; its outbox's sweep does not run meanwhile
                "--custodian.campaigns.sweep-interval=PT1H", "--custodian.mail.dispatch-interval=PT1H",
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int receivedAtKill;
        try {
            await(Duration.ofSeconds(45), () -> received(addresses).size() >= PERSONS / 3 || !child.isAlive());
            assertThat(child.isAlive()).as("the child node is still sending; its output: %s", log).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor();
            DeadNodes.releaseLocks(jdbc, KILLED_NODE);
            receivedAtKill = received(addresses).size();
        }
        assertThat(receivedAtKill).as("killed in the middle of the campaign").isBetween(PERSONS / 3, PERSONS - 1);

        // Later, on this node: the dead node's lease and its claims have run out.
        clock.advance(Duration.ofMinutes(15));
        try {
            sender.run(campaign);
            await(Duration.ofSeconds(20), () -> received(addresses).size() >= PERSONS && jdbc.sql(
                            "SELECT COUNT(*) FROM mail_message WHERE category = ? AND status <> 'SENT'")
                    .param(CampaignMessageWriter.mailCategory(campaign)).query(Long.class).single() == 0);
        } finally {
            clock.advance(Duration.ofMinutes(-15));
        }

        var perAddress = received(addresses).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perAddress).as("each person exactly once, %d received before the kill", receivedAtKill)
                .hasSize(PERSONS).allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1L));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_message WHERE campaign_id = ? AND status = 'QUEUED'")
                .param(campaign).query(Long.class).single()).isEqualTo(PERSONS);
    }

    /** The recipients of the messages the SMTP server holds, among these addresses, once per message. */
    private static List<String> received(List<String> addresses) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(CampaignKillNineIntegrationTests::recipient)
                .filter(addresses::contains).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout);
            }
            Thread.sleep(20);
        }
    }
}
