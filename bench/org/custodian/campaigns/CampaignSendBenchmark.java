package org.custodian.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.custodian.testing.MutableClock;
import org.custodian.testing.TestClockConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PRO-5 "send speed": a campaign of {@code bench.messages} eligible persons (default 5,000) sent by the real sender to
 * a local SMTP sink (GreenMail) — the audience walked by batches of 200 with the eligibility re-checked per batch, one
 * campaign_message and one outbox row per person written and committed per batch, message links issued, the click
 * links sealed, then each message claimed, checked against the suppression list and delivered over SMTP, its status
 * written back — timed from the start to the last delivery; then, in the same run, a bare JavaMail loop sending the
 * same messages (same subjects, bodies and headers) to the same sink, 200 per SMTP connection as Custodian does, with no
 * database at all. Run with
 * {@code ./mvnw -B -Ppostgres,bench test -Dtest=CampaignSendBenchmark -Dpg.url=...}; results printed and written to
 * target/bench/campaign-send.md.
 */
@SpringBootTest(properties = {"custodian.campaigns.batch-size=200", "custodian.campaigns.messages-per-second=0",
        "custodian.campaigns.sweep-interval=PT1H", "custodian.mail.dispatch-interval=PT1H"})
@Import(TestClockConfiguration.class)
@Tag("bench")
class CampaignSendBenchmark {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 5_000);
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

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
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void sendSpeed() throws Exception {
        var fixtures = new CampaignFixtures(jdbc, clock);
        for (var i = 0; i < MESSAGES; i++) {
            fixtures.consenting("bench-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        }
        var campaign = campaigns.create(new CampaignDraft("Bench " + UUID.randomUUID(), "EMAIL", "PROSPECTING", null,
                List.of(), fixtures.audience(), "Maison Lumière", "bonjour@maison-lumiere.example"),
                new CampaignTemplate("Le jardin au printemps", CampaignFixtures.TEMPLATE_HTML,
                        CampaignFixtures.TEMPLATE_TEXT)).id();
        var product = databaseName();

        var start = System.nanoTime();
        assertThat(sender.begin(campaign)).isTrue();
        sender.run(campaign);
        var custodianSeconds = (System.nanoTime() - start) / 1e9;
        var progress = sender.progress(campaign);
        assertThat(progress.sent()).isEqualTo(MESSAGES);
        assertThat(SMTP.getReceivedMessages()).hasSize(MESSAGES);

        var same = sameMessages(campaign);
        var bare = new JavaMailSenderImpl();
        bare.setHost("127.0.0.1");
        bare.setPort(SMTP.getSmtp().getPort());
        start = System.nanoTime();
        var connection = new ArrayList<jakarta.mail.internet.MimeMessage>();
        for (var message : same) {
            var mime = bare.createMimeMessage();
            var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(message.from(), "Maison Lumière");
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            for (var header : message.headers().split("\n")) {
                var colon = header.indexOf(": ");
                if (colon > 0) {
                    mime.addHeader(header.substring(0, colon), header.substring(colon + 2));
                }
            }
            connection.add(mime);
            if (connection.size() == 200) {
                bare.send(connection.toArray(jakarta.mail.internet.MimeMessage[]::new));
                connection.clear();
            }
        }
        bare.send(connection.toArray(jakarta.mail.internet.MimeMessage[]::new));
        var bareSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(SMTP.getReceivedMessages()).hasSize(2 * MESSAGES);

        var report = String.format(Locale.ROOT, """
                Database: %s, %,d messages, batches of 200, no throttling, GreenMail on 127.0.0.1
                | path | time | messages/s |
                |---|---:|---:|
                | Custodian: per-batch eligibility, campaign_message + outbox, links, suppression check, SMTP | %.2f s | %.0f |
                | bare JavaMail loop, same messages, 200 per connection, no database | %.2f s | %.0f |
                Custodian / bare: %.2f×
                """, product, MESSAGES, custodianSeconds, MESSAGES / custodianSeconds, bareSeconds,
                MESSAGES / bareSeconds, custodianSeconds / bareSeconds);
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/campaign-send.md"), report);
    }

    private String databaseName() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    private List<Same> sameMessages(UUID campaign) {
        var rows = new ArrayList<Same>();
        jdbc.sql("""
                        SELECT m.recipient, m.subject, m.text_body, m.html_body, m.headers FROM mail_message m
                        WHERE m.category = ?""").param(CampaignMessageWriter.mailCategory(campaign))
                .query((rs, row) -> rows.add(new Same("bonjour@maison-lumiere.example", rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                        rs.getString("headers"))))
                .list();
        return rows;
    }

    private record Same(String from, String to, String subject, String text, String html, String headers) {
    }
}
