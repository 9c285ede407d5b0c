package org.custodian.audit;

import java.time.Instant;

/**
 * An entry as stored, with its place in the chain.
 */
record StoredEntry(long sequence, Instant occurredAt, String actor, String action, String resourceType,
        String resourceId, String purpose, String detail, String previousMac, String mac) {

    AuditEntryView view() {
        return new AuditEntryView(sequence, occurredAt, actor, AuditAction.valueOf(action), resourceType, resourceId,
                purpose, detail);
    }
}
