package org.custodian.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An entry recorded by a caller and not yet given its place in the chain. Text is cut to the column
 * sizes here, in the caller's thread, so that a long value can never make an append fail later.
 */
record PendingEntry(Instant occurredAt, String actor, String action, String resourceType, String resourceId,
        String purpose, String detail) {

    PendingEntry {
        // Microseconds: the precision both databases store, so that the MAC is computed on what is read back.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        actor = cut(actor == null || actor.isBlank() ? "system" : actor, 200);
        Objects.requireNonNull(action, "action");
        resourceType = cut(resourceType, 60);
        resourceId = cut(resourceId, 100);
        purpose = cut(purpose, 500);
        detail = cut(detail, 2000);
    }

    static PendingEntry of(Instant occurredAt, String actor, AuditAction action, String resourceType,
            String resourceId, String purpose, String detail) {
        return new PendingEntry(occurredAt, actor, Objects.requireNonNull(action, "action").name(), resourceType,
                resourceId, purpose, detail);
    }

    private static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
