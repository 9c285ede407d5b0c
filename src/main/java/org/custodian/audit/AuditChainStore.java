package org.custodian.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.custodian.audit.ChainVerification.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain in the database. Appends and purges lock the chain-head row ({@code SELECT ... FOR UPDATE}),
 * so that every writer — threads of this node or other nodes on the same PostgreSQL — extends one chain.
 * Each call runs in its own short transaction, never inside the caller's, to hold that lock briefly.
 * <p>
 * The store only extends a chain whose end it can trust: a head row that is missing, unsealed, sealed
 * with another key, older than the last seal this node made, or followed by rows it does not cover is
 * refused with {@link ChainTampered} — never re-sealed, which would launder the tampering.
 */
@Component
class AuditChainStore {

    private static final Logger log = LoggerFactory.getLogger(AuditChainStore.class);

    private static final String ENTRY_COLUMNS = "sequence_no, occurred_at, actor, action, resource_type, "
            + "resource_id, purpose, detail, previous_mac, mac";
    private static final String HEAD_COLUMNS = "last_sequence, last_mac, anchor_sequence, anchor_mac, seal_count, "
            + "sealed_at, seal";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final ChainMac macs;
    private final Clock clock;
    // The highest seal count this node wrote: a head row below it was put back from an older state.
    private final AtomicLong lastSealCount = new AtomicLong();

    AuditChainStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactionManager, ChainMac macs,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.macs = macs;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Appends the entries in order, under one head lock and in one transaction.
     *
     * @throws ChainTampered when the end of the chain was altered: nothing is written
     */
    void append(List<PendingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var sealed = transactions.execute(status -> {
            var head = trustedHead();
            var sequence = head.lastSequence();
            var previous = head.lastMac();
            var rows = new ArrayList<Object[]>(entries.size());
            for (var entry : entries) {
                sequence++;
                var mac = macs.entryMac(previous, sequence, entry.occurredAt(), entry.actor(), entry.action(),
                        entry.resourceType(), entry.resourceId(), entry.purpose(), entry.detail());
                rows.add(new Object[] { sequence, utc(entry.occurredAt()), entry.actor(), entry.action(),
                        entry.resourceType(), entry.resourceId(), entry.purpose(), entry.detail(), previous, mac });
                previous = mac;
            }
            batch.batchUpdate("""
                    INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, resource_type, resource_id,
                                             purpose, detail, previous_mac, mac)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            return writeHead(head, sequence, previous, head.anchorSequence(), head.anchorMac());
        });
        remember(sealed);
    }

    /**
     * Opens the chain at start-up: seals the head row the migration created when the log is empty, upgrades
     * a head sealed before it carried a counter, and otherwise only looks. A head that was reset, deleted,
     * rewritten or left behind by rows inserted after it is reported (log at ERROR), never re-sealed.
     *
     * @return the tampering found, if any
     */
    Optional<ChainTampered> open() {
        return transactions.execute(status -> {
            try {
                remember(trustedHead());
                return Optional.<ChainTampered>empty();
            }
            catch (ChainTampered tampered) {
                return Optional.of(report(tampered));
            }
        });
    }

    /**
     * The head row, or empty when it was deleted.
     */
    Optional<ChainHead> findHead() {
        return jdbc.sql("SELECT " + HEAD_COLUMNS + " FROM audit_chain_head WHERE id = 1")
                .query(AuditChainStore::headRow)
                .optional();
    }

    /**
     * The head row.
     *
     * @throws ChainTampered when it was deleted
     */
    ChainHead head() {
        return findHead().orElseThrow(AuditChainStore::headMissing);
    }

    /**
     * The highest seal count this node made and saw committed. Read it before reading the head: an append
     * committing in between then cannot make the head look older than it is.
     */
    long lastSealCount() {
        return lastSealCount.get();
    }

    /**
     * Up to {@code limit} entries after {@code afterSequence}, in chain order, whatever the head says: so
     * that rows inserted after the head are examined too.
     */
    List<StoredEntry> entriesAfter(long afterSequence, int limit) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_entry WHERE sequence_no > ? ORDER BY sequence_no LIMIT ?")
                .params(afterSequence, limit)
                .query(AuditChainStore::entry)
                .list();
    }

    /**
     * The first entry at or before {@code sequence}: the retention anchor, so there should be none.
     */
    Optional<Long> firstEntryAtOrBefore(long sequence) {
        return jdbc.sql("SELECT MIN(sequence_no) FROM audit_entry WHERE sequence_no <= ?")
                .param(sequence)
                .query(Long.class)
                .optional();
    }

    /**
     * The MAC of one entry, if it is still in the table.
     */
    Optional<String> macOf(long sequence) {
        return jdbc.sql("SELECT mac FROM audit_entry WHERE sequence_no = ?").param(sequence).query(String.class).optional();
    }

    /**
     * Deletes the oldest entries that all happened before {@code cutoff}, never past {@code verifiedUpTo},
     * and moves the anchor to the last deleted entry's MAC so that the rest of the chain still verifies.
     * Only a prefix of the chain is removed: an old entry after a recent one waits for the next purge.
     *
     * @return the purge, or empty when nothing was old enough
     */
    Optional<Purge> purgeBefore(Instant cutoff, long verifiedUpTo) {
        var result = transactions.execute(status -> {
            var head = trustedHead();
            var firstKept = jdbc.sql("SELECT MIN(sequence_no) FROM audit_entry WHERE occurred_at >= ? AND sequence_no > ?")
                    .params(utc(cutoff), head.anchorSequence())
                    .query(Long.class)
                    .optional();
            var lastPurged = Math.min(firstKept.map(first -> first - 1).orElse(head.lastSequence()), verifiedUpTo);
            if (lastPurged <= head.anchorSequence()) {
                return Optional.<PurgeSealed>empty();
            }
            var anchorMac = jdbc.sql("SELECT mac FROM audit_entry WHERE sequence_no = ?")
                    .param(lastPurged)
                    .query(String.class)
                    .single();
            var deleted = jdbc.sql("DELETE FROM audit_entry WHERE sequence_no <= ?").param(lastPurged).update();
            var sealed = writeHead(head, head.lastSequence(), head.lastMac(), lastPurged, anchorMac);
            return Optional.of(new PurgeSealed(new Purge(deleted, lastPurged), sealed));
        });
        result.ifPresent(done -> remember(done.head()));
        return result.map(PurgeSealed::purge);
    }

    record Purge(int deletedEntries, long lastPurgedSequence) {
    }

    private record PurgeSealed(Purge purge, ChainHead head) {
    }

    /**
     * Locks the head and checks that the chain may be extended from it. The only heads sealed without a
     * seal to check are the migration's row of an empty log (a new database) and a head whose seal from
     * before migration V23 verifies.
     */
    private ChainHead trustedHead() {
        var head = lockHead().orElseThrow(AuditChainStore::headMissing);
        if (head.isInitial() && entryCount() == 0) {
            return writeHead(head, 0, ChainMac.GENESIS, 0, ChainMac.GENESIS);
        }
        if (head.sealedBeforeCounter(macs)) {
            log.info("Audit chain head re-sealed with its counter and time (migration V23)");
            return check(writeHead(head, head.lastSequence(), head.lastMac(), head.anchorSequence(), head.anchorMac()));
        }
        return check(head);
    }

    private ChainHead check(ChainHead head) {
        if (head.seal() == null) {
            throw new ChainTampered(Problem.HEAD_UNSEALED, "the chain head is unsealed (reset to its initial values) "
                    + "while the log holds " + entryCount() + " entries");
        }
        if (!head.sealedBy(macs)) {
            throw new ChainTampered(Problem.HEAD_SEAL_MISMATCH,
                    "the chain head's seal does not verify: it was rewritten, or the HMAC key changed");
        }
        // Safe to compare here: the head is locked, so every seal this node remembers is committed and visible.
        if (head.sealCount() < lastSealCount.get()) {
            throw new ChainTampered(Problem.ROLLED_BACK, "the chain head (seal " + head.sealCount()
                    + ") is older than the last one this node sealed (" + lastSealCount.get() + ")");
        }
        var beyond = jdbc.sql("SELECT MIN(sequence_no) FROM audit_entry WHERE sequence_no > ?")
                .param(head.lastSequence())
                .query(Long.class)
                .optional();
        if (beyond.isPresent()) {
            throw new ChainTampered(Problem.ENTRY_OUTSIDE_CHAIN, "entry " + beyond.get()
                    + " lies after the sealed head (entry " + head.lastSequence() + "): it was inserted by hand");
        }
        return head;
    }

    private ChainTampered report(ChainTampered tampered) {
        log.error("AUDIT LOG TAMPERED ({}): {}. The chain is neither re-sealed nor extended: keep the database and its "
                + "backups as they are, and verify the log against the DPO's latest checkpoint.",
                tampered.problem(), tampered.getMessage());
        return tampered;
    }

    private long entryCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }

    private Optional<ChainHead> lockHead() {
        return jdbc.sql("SELECT " + HEAD_COLUMNS + " FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query(AuditChainStore::headRow)
                .optional();
    }

    private ChainHead writeHead(ChainHead current, long lastSequence, String lastMac, long anchorSequence,
            String anchorMac) {
        var count = current.sealCount() + 1;
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var seal = macs.seal(lastSequence, lastMac, anchorSequence, anchorMac, count, at);
        jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_mac = ?, anchor_sequence = ?, anchor_mac = ?, "
                        + "seal_count = ?, sealed_at = ?, seal = ? WHERE id = 1")
                .params(lastSequence, lastMac, anchorSequence, anchorMac, count, utc(at), seal)
                .update();
        return new ChainHead(lastSequence, lastMac, anchorSequence, anchorMac, count, at, seal);
    }

    private void remember(ChainHead head) {
        lastSealCount.accumulateAndGet(head.sealCount(), Math::max);
    }

    private static ChainTampered headMissing() {
        return new ChainTampered(Problem.HEAD_MISSING, "the chain-head row was deleted");
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ChainHead headRow(ResultSet rs, int row) throws SQLException {
        var sealedAt = rs.getObject("sealed_at", OffsetDateTime.class);
        return new ChainHead(rs.getLong("last_sequence"), rs.getString("last_mac"), rs.getLong("anchor_sequence"),
                rs.getString("anchor_mac"), rs.getLong("seal_count"), sealedAt == null ? null : sealedAt.toInstant(),
                rs.getString("seal"));
    }

    static StoredEntry entry(ResultSet rs, int row) throws SQLException {
        return new StoredEntry(rs.getLong("sequence_no"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"),
                rs.getString("purpose"), rs.getString("detail"), rs.getString("previous_mac"), rs.getString("mac"));
    }
}
