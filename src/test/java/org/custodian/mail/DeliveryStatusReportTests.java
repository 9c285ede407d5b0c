package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.custodian.testing.DeliveryReports;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PRO-5 (bounces in a campaign's results): what a delivery status notification (RFC 3464) says, and of which message. */
class DeliveryStatusReportTests {

    private static final UUID MAIL = UUID.fromString("0b7f4a3e-7c1d-4e8a-9a55-3c2f1d7e9b10");

    @Test
    @DisplayName("PRO-5 a 5.x.x failure report names the outbox row of the original Message-ID: a hard bounce")
    void hardBounce() throws Exception {
        var report = DeliveryStatusReport.of(DeliveryReports.message(DeliveryReports.report(
                MessageIds.of(MAIL, "offres@maison-lumiere.example"), "parti@example.org", "failed", "5.1.1")));

        assertThat(report).hasValueSatisfying(bounce -> {
            assertThat(bounce.mailId()).isEqualTo(MAIL);
            assertThat(bounce.status()).isEqualTo("5.1.1");
            assertThat(bounce.permanent()).isTrue();
            assertThat(bounce.diagnostic()).startsWith("550 5.1.1 <parti@example.org>: Recipient address rejected")
                    .endsWith("User unknown in virtual mailbox table");
        });
    }

    @Test
    @DisplayName("PRO-5 extra blank lines between the report's blocks do not hide the recipient's status")
    void extraBlankLines() throws Exception {
        var raw = DeliveryReports.report(MessageIds.of(MAIL, "offres@maison-lumiere.example"), "parti@example.org",
                "failed", "5.1.1").replace("(UTC)\r\n\r\n", "(UTC)\r\n\r\n\r\n");

        assertThat(DeliveryStatusReport.of(DeliveryReports.message(raw)))
                .hasValueSatisfying(bounce -> assertThat(bounce.status()).isEqualTo("5.1.1"));
    }

    @Test
    @DisplayName("PRO-5 a 4.x.x delay is no hard bounce: the receiving server keeps trying")
    void softBounce() throws Exception {
        var report = DeliveryStatusReport.of(DeliveryReports.message(DeliveryReports.report(
                MessageIds.of(MAIL, "offres@maison-lumiere.example"), "plein@example.org", "delayed", "4.2.2")));

        assertThat(report).hasValueSatisfying(bounce -> assertThat(bounce.permanent()).isFalse());
    }

    @Test
    @DisplayName("PRO-5 a report about a message Custodian did not write is none of its business")
    void foreignMessage() throws Exception {
        var report = DeliveryStatusReport.of(DeliveryReports.message(DeliveryReports.report(
                "<CAF=x1@mail.gmail.com>", "parti@example.org", "failed", "5.1.1")));

        assertThat(report).isEmpty();
    }

    @Test
    @DisplayName("PRO-5 an ordinary message (an auto-reply) is no report")
    void ordinaryMessage() throws Exception {
        var reply = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream("""
                From: lea@example.org\r
                To: bounces@maison-lumiere.example\r
                Subject: Absente jusqu'au 15\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                Je suis absente.\r
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(DeliveryStatusReport.of(reply)).isEmpty();
    }

    @Test
    @DisplayName("PRO-5 the Message-ID of a sent message names its outbox row and the sender's domain")
    void messageIds() {
        var id = MessageIds.of(MAIL, "Maison Lumière <offres@Maison-Lumiere.example>");

        assertThat(id).isEqualTo("<" + MAIL + "@maison-lumiere.example>");
        assertThat(MessageIds.parse(id)).contains(MAIL);
        assertThat(MessageIds.parse("<20261203061500.4F2A1C0042@mx.example.org>")).isEmpty();
    }
}
