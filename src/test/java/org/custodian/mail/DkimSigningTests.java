package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class DkimSigningTests {

    @TempDir
    Path keys;

    private GreenMail smtp;
    private JavaMailSenderImpl sender;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @ParameterizedTest(name = "one message at a time: {0}")
    @ValueSource(booleans = {true, false})
    @DisplayName("PRO-5 a configured key signs each message, alone or in a campaign's chunk, and the signature covers "
            + "both one-click unsubscribe headers")
    void signsListUnsubscribeHeaders(boolean alone) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        var pem = keys.resolve("dkim.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        var dkim = DkimSigning.of(new MailProperties.Dkim("maison-lumiere.example", "campagnes", pem.toString()));
        var transport = new SmtpTransport(sender, "no-reply@maison-lumiere.example", dkim,
                java.time.Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), java.time.ZoneOffset.UTC));
        var id = UUID.randomUUID();

        var mail = new MailView(id, Instant.EPOCH, "system", "campaign/x", "lea@example.org",
                "Le jardin au printemps", "Bonjour.", "<p>Bonjour.</p>",
                Map.of("List-Unsubscribe", "<https://shop.example/p/unsubscribe/abc>",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                MailStatus.SENDING, 0, null, null, "\"Maison Lumière\" <bonjour@maison-lumiere.example>");
        if (alone) {
            transport.deliver(mail);
        } else {
            assertThat(transport.deliverAll(List.of(mail), accepted -> { })).containsOnlyNulls();
        }

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        var signature = String.join("", received[0].getHeader("DKIM-Signature")).replaceAll("\\s+", "");
        assertThat(signature).contains("d=maison-lumiere.example;").contains("s=campagnes;")
                .contains("a=rsa-sha256;");
        var signed = tag(signature, "h").toLowerCase();
        assertThat(signed.split(":")).contains("from", "to", "subject", "list-unsubscribe", "list-unsubscribe-post");
        assertThat(verifies(received[0], pair.getPublic())).as("the signature verifies with the public key").isTrue();
        assertThat(received[0].getMessageID()).as("a bounce leads back to the row").isEqualTo(MessageIds.of(id,
                "bonjour@maison-lumiere.example"));
    }

    /** RFC 6376 §3.7 verification of the header signature with relaxed header canonicalisation (§3.4.2). */
    private static boolean verifies(jakarta.mail.internet.MimeMessage message, java.security.PublicKey key)
            throws Exception {
        var lines = new java.util.ArrayList<String>();
        var all = message.getAllHeaderLines();
        while (all.hasMoreElements()) {
            lines.add(all.nextElement());
        }
        var dkim = lines.stream().filter(line -> line.toLowerCase().startsWith("dkim-signature:")).findFirst()
                .orElseThrow();
        var tags = relaxed(dkim).substring("dkim-signature:".length());
        var names = tag(tags, "h").replaceAll("\\s", "").split(":");
        var data = new StringBuilder();
        var used = new java.util.HashSet<Integer>();
        for (var name : names) {
            for (var i = lines.size() - 1; i >= 0; i--) {
                if (!used.contains(i) && lines.get(i).toLowerCase().startsWith(name.toLowerCase() + ":")) {
                    used.add(i);
                    data.append(relaxed(lines.get(i))).append("\r\n");
                    break;
                }
            }
        }
        var unsigned = relaxed(dkim).replaceAll("b=[^;]*$", "b=");
        data.append(unsigned);
        var verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(data.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var b = tag(tags, "b").replaceAll("\\s", "");
        return verifier.verify(Base64.getDecoder().decode(b));
    }

    /** The value of one tag of a DKIM-Signature ({@code name=value;} …). */
    private static String tag(String tags, String name) {
        for (var tag : tags.split(";")) {
            var equals = tag.indexOf('=');
            if (equals > 0 && tag.substring(0, equals).strip().equals(name)) {
                return tag.substring(equals + 1).strip();
            }
        }
        throw new AssertionError("No tag " + name + " in " + tags);
    }

    private static String relaxed(String header) {
        var colon = header.indexOf(':');
        var value = header.substring(colon + 1).replaceAll("\r?\n", "").replaceAll("[ \t]+", " ").strip();
        return header.substring(0, colon).strip().toLowerCase() + ":" + value;
    }

    @Test
    @DisplayName("PRO-5 without a DKIM domain nothing is signed")
    void unsetSignsNothing() {
        assertThat(DkimSigning.of(new MailProperties.Dkim(null, null, null))).isNull();
    }
}
