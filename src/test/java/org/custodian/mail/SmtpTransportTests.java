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
        transport = new SmtpTransport(sender, "no-reply@maison-lumiere.example");
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
}
