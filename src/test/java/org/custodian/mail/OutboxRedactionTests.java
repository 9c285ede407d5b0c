package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxRedactionTests {

    private static final String TOKEN = "Xk3_9aQz-7Lm2Np4Rt6Vw8Yb0Cd1Ef3Gh5Ij7Kl9Mn";

    @Test
    @DisplayName("SEC-4 the token of a confirmation link is masked")
    void masksConfirmationToken() {
        assertThat(OutboxRedaction.maskTokens("https://c.example/p/consents/confirm/" + TOKEN + "\nMerci"))
                .isEqualTo("https://c.example/p/consents/confirm/••••••\nMerci");
    }

    @Test
    @DisplayName("SEC-4 a token in a query parameter or a header is masked")
    void masksTokenParameter() {
        assertThat(OutboxRedaction.maskTokens("<https://c.example/p/unsubscribe?t=" + TOKEN + ">"))
                .isEqualTo("<https://c.example/p/unsubscribe?t=••••••>");
    }

    @Test
    @DisplayName("SEC-4 a long hexadecimal token is masked")
    void masksHexToken() {
        assertThat(OutboxRedaction.maskTokens("/p/x/0123456789abcdef0123456789abcdef")).isEqualTo("/p/x/••••••");
    }

    @Test
    @DisplayName("SEC-4 a form's address is not a token and stays readable")
    void keepsSlugs() {
        assertThat(OutboxRedaction.maskTokens("https://c.example/p/forms/lettre-printemps-2026"))
                .isEqualTo("https://c.example/p/forms/lettre-printemps-2026");
    }

    @Test
    @DisplayName("SEC-2 a reader without access to the customer file gets neither recipient nor body")
    void hidesPersonalContent() {
        var mail = new MailView(UUID.randomUUID(), Instant.EPOCH, "camille", "consent-confirmation", "lea@example.org",
                "Confirmez", "Bonjour Léa", null, Map.of(), MailStatus.HELD, 0, null, null, null);

        var shown = OutboxRedaction.redact(mail, false, "admin");

        assertThat(shown.to()).isNull();
        assertThat(shown.text()).isNull();
        assertThat(shown.subject()).isEqualTo("Confirmez");
        assertThat(OutboxRedaction.redact(mail, true, "nadia").to()).isEqualTo("lea@example.org");
    }

    @Test
    @DisplayName("SEC-2 a bounce report's words name the recipient: masked for a reader without access to the customer file")
    void masksAddressesInErrors() {
        var mail = new MailView(UUID.randomUUID(), Instant.EPOCH, "hugo", "campaign/x", "lea@example.org",
                "Nos pergolas", "Bonjour Léa", null, Map.of(), MailStatus.BOUNCED, 1,
                "550 5.1.1 <lea@example.org>: Recipient address rejected", null, null);

        assertThat(OutboxRedaction.redact(mail, false, "admin").lastError())
                .isEqualTo("550 5.1.1 <••••••>: Recipient address rejected");
        assertThat(OutboxRedaction.redact(mail, true, "nadia").lastError()).contains("lea@example.org");
    }
}
