package org.custodian.mail;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message of the outbox as staff see it. In what {@link Mailer#outbox} and {@link Mailer#read} return, link tokens
 * are masked, and {@code to}, {@code text} and {@code html} are null (headers empty) for a reader who may not see
 * them (a role without access to the customer file). {@code sender} is the From when it is not the organisation's
 * default address, else null.
 */
public record MailView(UUID id, Instant createdAt, String createdBy, String category, String to, String subject,
        String text, String html, Map<String, String> headers, MailStatus status, int attempts, String lastError,
        Instant sentAt, String sender) {
}
