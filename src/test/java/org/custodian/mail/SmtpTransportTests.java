package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpTransportTests {

    private GreenMail smtp;
    private SmtpTransport transport;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        transport = new SmtpTransport(sender, "no-reply@maison-lumiere.example",
                java.time.Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), java.time.ZoneOffset.UTC));
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    @DisplayName("a message leaves over SMTP with its UTF-8 subject, its body, its extra headers and a Message-ID naming its outbox row (PRO-5, bounces)")
    void deliversWithHeaders() throws Exception {
        var id = UUID.randomUUID();
        transport.deliver(new MailView(id, Instant.EPOCH, "system", "test", "lea@example.org",
                "Confirmez votre inscription — Maison Lumière", "Cliquez sur le lien pour confirmer.", null,
                Map.of("List-Unsubscribe", "<https://shop.example/p/u/abc>",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                MailStatus.SENDING, 0, null, null, null));

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Confirmez votre inscription — Maison Lumière");
        assertThat(received[0].getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("no-reply@maison-lumiere.example");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Cliquez sur le lien");
        assertThat(received[0].getMessageID()).isEqualTo("<" + id + "@maison-lumiere.example>");
    }

    @Test
    @DisplayName("PRO-5 over one connection, each message is reported accepted right before the server holds it, not after")
    void reportsEachMessageBeforeTheServerHoldsIt() throws Exception {
        var mails = java.util.stream.IntStream.range(0, 3).mapToObj(i -> new MailView(UUID.randomUUID(), Instant.EPOCH,
                "system", "campaign/x", "lea" + i + "@example.org", "Objet " + i, "Texte", null, Map.of(),
                MailStatus.SENDING, 0, null, null, null)).toList();
        var heldWhenReported = new java.util.ArrayList<Integer>();

        var failures = transport.deliverAll(mails, mail -> heldWhenReported.add(smtp.getReceivedMessages().length));

        assertThat(failures).containsOnlyNulls();
        assertThat(heldWhenReported).containsExactly(0, 1, 2);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        for (var i = 0; i < 3; i++) {
            assertThat(smtp.getReceivedMessages()[i].getMessageID()).as("a bounce leads back to the row")
                    .isEqualTo("<" + mails.get(i).id() + "@maison-lumiere.example>");
        }
    }
}
