package org.custodian.mail;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message of the outbox as staff see it.
 */
public record MailView(UUID id, Instant createdAt, String createdBy, String category, String to, String subject,
        String text, String html, Map<String, String> headers, MailStatus status, int attempts, String lastError,
        Instant sentAt) {
}
