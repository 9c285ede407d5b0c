package org.custodian.audit;

import java.time.Instant;

/**
 * One audit log entry as shown to readers of the log.
 *
 * @param sequence     position in the chain (1, 2, 3 ...), also the entry's number in verification results
 * @param occurredAt   when it happened
 * @param actor        user name, {@code api:<token name>} or {@code system}
 * @param action       what was done
 * @param resourceType type of the record concerned, null for security events
 * @param resourceId   id of the record concerned, null for security events
 * @param purpose      the stated purpose, when one was given
 * @param detail       free detail of a security event
 */
public record AuditEntryView(long sequence, Instant occurredAt, String actor, AuditAction action,
        String resourceType, String resourceId, String purpose, String detail) {
}
