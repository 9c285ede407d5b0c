package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PendingEntryTests {

    @Test
    @DisplayName("SEC-3 over-long text is cut to the column size so an append can never fail on it")
    void cutsLongText() {
        var entry = PendingEntry.of(Instant.parse("2026-01-01T00:00:00Z"), "a".repeat(500), AuditAction.READ,
                "t".repeat(100), "i".repeat(300), "p".repeat(900), "d".repeat(5000));
        assertThat(entry.actor()).hasSize(200).endsWith("…");
        assertThat(entry.resourceType()).hasSize(60);
        assertThat(entry.resourceId()).hasSize(100);
        assertThat(entry.purpose()).hasSize(500);
        assertThat(entry.detail()).hasSize(2000);
    }

    @Test
    @DisplayName("SEC-3 the time is kept to the microsecond, the precision both databases store")
    void keepsMicroseconds() {
        var entry = PendingEntry.of(Instant.parse("2026-01-01T00:00:00.123456789Z"), "sales", AuditAction.READ,
                null, null, null, null);
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }

    @Test
    @DisplayName("SEC-3 an entry with no actor is recorded as done by the system")
    void blankActorIsTheSystem() {
        var entry = PendingEntry.of(Instant.parse("2026-01-01T00:00:00Z"), " ", AuditAction.LOG_PURGE, null, null,
                null, null);
        assertThat(entry.actor()).isEqualTo("system");
    }
}
