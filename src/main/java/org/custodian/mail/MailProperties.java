package org.custodian.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code custodian.mail.*}: the sender address, retries, and how long the outbox keeps messages.
 *
 * @param from            the From address of every message
 * @param maxAttempts     delivery attempts before a message stays FAILED
 * @param retryDelay      first delay between attempts, doubled at each failure
 * @param outboxRetention how long sent and held messages stay in the outbox (they contain personal data)
 * @param dkim            the DKIM signature of outgoing messages; unset (no domain) signs nothing
 */
@ConfigurationProperties("custodian.mail")
record MailProperties(String from, Integer maxAttempts, Duration retryDelay, Duration outboxRetention, Dkim dkim) {

    MailProperties(String from, Integer maxAttempts, Duration retryDelay, Duration outboxRetention) {
        this(from, maxAttempts, retryDelay, outboxRetention, null);
    }

    @ConstructorBinding
    MailProperties {
        from = from == null || from.isBlank() ? "no-reply@custodian.local" : from;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
        outboxRetention = outboxRetention == null ? Duration.ofDays(90) : outboxRetention;
        dkim = dkim == null ? new Dkim(null, null, null) : dkim;
    }

    /**
     * {@code custodian.mail.dkim.*} (PRO-5): the signing domain ({@code d=}, the domain of the From address), the
     * selector ({@code s=}, whose DNS TXT record {@code <selector>._domainkey.<domain>} publishes the public key) and
     * the RSA private key file (PKCS#8, PEM or DER), kept outside the database and the repository.
     */
    record Dkim(String domain, String selector, String privateKeyFile) {

        boolean configured() {
            return domain != null && !domain.isBlank();
        }
    }
}
