package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.custodian.audit.ChainVerification.Problem;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditChainIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChainStore store;

    @Autowired
    AuditRetention retention;

    @Autowired
    AuditJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("SEC-3 the chain verifies after many appends, from concurrent callers and concurrent direct writers")
    void chainVerifiesAfterConcurrentAppends() throws Exception {
        var resource = "concurrent-" + UUID.randomUUID();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            // Through the facade (buffered) ...
            IntStream.range(0, 4).forEach(thread -> tasks.add(() -> {
                for (var i = 0; i < 250; i++) {
                    auditLog.personalData(AuditAction.READ, "audit-test", resource, "thread " + thread);
                }
                return null;
            }));
            // ... and straight into the store, as other nodes would, each batch competing for the head lock.
            IntStream.range(0, 4).forEach(thread -> tasks.add(() -> {
                for (var i = 0; i < 25; i++) {
                    var batch = IntStream.range(0, 10).mapToObj(n -> PendingEntry.of(clock.instant(), "node-" + thread,
                            AuditAction.READ, "audit-test", resource, null, null)).toList();
                    store.append(batch);
                }
                return null;
            }));
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        }
        finally {
            pool.shutdown();
        }

        auditLog.flush();
        var recorded = auditLog.search(AuditQuery.forRecord("audit-test", resource), new PageRequest(0, 1));
        var verification = auditLog.verify();

        assertThat(recorded.total()).isEqualTo(2000);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.firstBrokenEntry()).isNull();
        assertThat(verification.checkedEntries()).isGreaterThanOrEqualTo(2000);
    }

    @Test
    @DisplayName("SEC-3 verification finds a row modified with plain SQL")
    void findsAModifiedRow() {
        var sequence = middleOfThreeNewEntries();
        var original = jdbc.sql("SELECT actor FROM audit_entry WHERE sequence_no = ?").param(sequence)
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_entry SET actor = 'mallory' WHERE sequence_no = ?").param(sequence).update();

            var verification = auditLog.verify();

            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).isEqualTo(sequence);
            assertThat(verification.problem()).isEqualTo(Problem.MAC_MISMATCH);
        }
        finally {
            jdbc.sql("UPDATE audit_entry SET actor = ? WHERE sequence_no = ?").params(original, sequence).update();
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 verification finds a row deleted with plain SQL")
    void findsADeletedRow() {
        var sequence = middleOfThreeNewEntries();
        var row = storedEntry(sequence);
        try {
            jdbc.sql("DELETE FROM audit_entry WHERE sequence_no = ?").param(sequence).update();

            var verification = auditLog.verify();

            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).isEqualTo(sequence);
            assertThat(verification.problem()).isEqualTo(Problem.MISSING_ENTRY);
        }
        finally {
            reinsert(row);
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 verification finds an entry whose MAC was recomputed without the key")
    void findsAForgedMac() {
        var sequence = middleOfThreeNewEntries();
        var original = jdbc.sql("SELECT mac FROM audit_entry WHERE sequence_no = ?").param(sequence)
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_entry SET mac = ? WHERE sequence_no = ?").params("f".repeat(64), sequence).update();

            var verification = auditLog.verify();

            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).isEqualTo(sequence);
        }
        finally {
            jdbc.sql("UPDATE audit_entry SET mac = ? WHERE sequence_no = ?").params(original, sequence).update();
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 the daily check records a security event when the chain is broken")
    void dailyCheckRecordsABrokenChain() {
        var sequence = middleOfThreeNewEntries();
        var original = jdbc.sql("SELECT purpose FROM audit_entry WHERE sequence_no = ?").param(sequence)
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_entry SET purpose = 'rewritten' WHERE sequence_no = ?").param(sequence).update();

            jobs.verifyChain();
        }
        finally {
            jdbc.sql("UPDATE audit_entry SET purpose = ? WHERE sequence_no = ?").params(original, sequence).update();
        }

        var failures = auditLog.search(new AuditQuery(null, null, "system", AuditAction.INTEGRITY_FAILURE, null, null),
                new PageRequest(0, 20));
        assertThat(failures.content()).extracting(AuditEntryView::detail)
                .anySatisfy(detail -> assertThat(detail).contains("Daily verification")
                        .contains("entry " + sequence + " "));
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 the retention purge deletes entries past the retention period and the chain still verifies")
    void retentionPurgeKeepsTheChainValid() {
        var start = clock.instant();
        var old = "old-" + UUID.randomUUID();
        var recent = "recent-" + UUID.randomUUID();
        try {
            auditLog.personalData(AuditAction.READ, "audit-test", old, null);
            clock.advance(Duration.ofDays(400));
            auditLog.personalData(AuditAction.READ, "audit-test", recent, null);

            var purge = retention.purgeExpired();

            assertThat(purge).isPresent();
            assertThat(auditLog.search(AuditQuery.forRecord("audit-test", old), new PageRequest(0, 5)).total()).isZero();
            assertThat(auditLog.search(AuditQuery.forRecord("audit-test", recent), new PageRequest(0, 5)).total()).isOne();
            assertThat(store.head().anchorSequence()).isEqualTo(purge.get().lastPurgedSequence());
            assertThat(auditLog.verify().valid()).isTrue();
            var purges = auditLog.search(new AuditQuery(null, null, "system", AuditAction.LOG_PURGE, null, null),
                    new PageRequest(0, 5));
            assertThat(purges.content()).extracting(AuditEntryView::detail)
                    .anySatisfy(detail -> assertThat(detail).contains("up to sequence " + purge.get().lastPurgedSequence()));
        }
        finally {
            clock.set(start);
        }
    }

    @Test
    @DisplayName("SEC-3 the retention purge deletes nothing while the chain is broken")
    void noPurgeOfABrokenChain() {
        var start = clock.instant();
        var sequence = middleOfThreeNewEntries();
        var anchor = store.head().anchorSequence();
        var original = storedEntry(sequence).resourceId();
        try {
            jdbc.sql("UPDATE audit_entry SET resource_id = 'other' WHERE sequence_no = ?").param(sequence).update();
            clock.advance(Duration.ofDays(800));

            assertThat(retention.purgeExpired()).isEmpty();
            assertThat(store.head().anchorSequence()).isEqualTo(anchor);
        }
        finally {
            clock.set(start);
            jdbc.sql("UPDATE audit_entry SET resource_id = ? WHERE sequence_no = ?").params(original, sequence).update();
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    @DisplayName("SEC-3 the actor is the signed-in user, or the system when nobody is signed in")
    void recordsTheSystemWithoutAUser() {
        var resource = "actor-" + UUID.randomUUID();

        auditLog.personalData(AuditAction.UPDATE, "audit-test", resource, "correction");

        var entry = auditLog.search(AuditQuery.forRecord("audit-test", resource), new PageRequest(0, 5)).content().get(0);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.purpose()).isEqualTo("correction");
        assertThat(entry.occurredAt()).isBeforeOrEqualTo(clock.instant());
    }

    /** Records three entries about one new record and answers the sequence number of the second. */
    private long middleOfThreeNewEntries() {
        var resource = "tamper-" + UUID.randomUUID();
        for (var i = 0; i < 3; i++) {
            auditLog.personalData(AuditAction.READ, "audit-test", resource, "check " + i);
        }
        var entries = auditLog.search(AuditQuery.forRecord("audit-test", resource), new PageRequest(0, 3)).content();
        assertThat(entries).hasSize(3);
        return entries.get(1).sequence();
    }

    private StoredEntry storedEntry(long sequence) {
        return jdbc.sql("SELECT sequence_no, occurred_at, actor, action, resource_type, resource_id, purpose, detail, "
                        + "previous_mac, mac FROM audit_entry WHERE sequence_no = ?")
                .param(sequence)
                .query(AuditChainStore::entry)
                .single();
    }

    /** Puts a deleted row back exactly as it was. */
    private void reinsert(StoredEntry row) {
        jdbc.sql("""
                        INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, resource_type, resource_id,
                                                 purpose, detail, previous_mac, mac)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.sequence(), AuditChainStore.utc(row.occurredAt()), row.actor(), row.action(),
                        row.resourceType(), row.resourceId(), row.purpose(), row.detail(), row.previousMac(), row.mac())
                .update();
    }
}
