package org.custodian.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.mail.*}: the sender address, retries, and how long the outbox keeps messages.
 *
 * @param from            the From address of every message
 * @param maxAttempts     delivery attempts before a message stays FAILED
 * @param retryDelay      first delay between attempts, doubled at each failure
 * @param outboxRetention how long sent and held messages stay in the outbox (they contain personal data)
 */
@ConfigurationProperties("custodian.mail")
record MailProperties(String from, Integer maxAttempts, Duration retryDelay, Duration outboxRetention) {

    MailProperties {
        from = from == null || from.isBlank() ? "no-reply@custodian.local" : from;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
        outboxRetention = outboxRetention == null ? Duration.ofDays(90) : outboxRetention;
    }
}
