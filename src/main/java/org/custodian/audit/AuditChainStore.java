package org.custodian.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 */
@Component
class AuditChainStore {

    private static final String ENTRY_COLUMNS = "sequence_no, occurred_at, actor, action, resource_type, "
            + "resource_id, purpose, detail, previous_mac, mac";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final ChainMac macs;

    AuditChainStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactionManager, ChainMac macs) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.macs = macs;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Appends the entries in order, under one head lock and in one transaction.
     */
    void append(List<PendingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            var head = lockHead();
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
            writeHead(sequence, previous, head.anchorSequence(), head.anchorMac());
        });
    }

    /**
     * Seals the head row the migration created, once, at the first start with a key.
     */
    void sealInitialHead() {
        transactions.executeWithoutResult(status -> {
            var head = lockHead();
            if (head.seal() == null && head.lastSequence() == 0 && head.anchorSequence() == 0) {
                writeHead(0, ChainMac.GENESIS, 0, ChainMac.GENESIS);
            }
        });
    }

    ChainHead head() {
        return jdbc.sql("SELECT last_sequence, last_mac, anchor_sequence, anchor_mac, seal FROM audit_chain_head WHERE id = 1")
                .query(AuditChainStore::headRow)
                .single();
    }

    /**
     * Up to {@code limit} entries after {@code afterSequence} and up to {@code lastSequence}, in chain order.
     */
    List<StoredEntry> chainSlice(long afterSequence, long lastSequence, int limit) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_entry WHERE sequence_no > ? AND sequence_no <= ? "
                        + "ORDER BY sequence_no LIMIT ?")
                .params(afterSequence, lastSequence, limit)
                .query(AuditChainStore::entry)
                .list();
    }

    /**
     * Deletes the oldest entries that all happened before {@code cutoff}, never past {@code verifiedUpTo},
     * and moves the anchor to the last deleted entry's MAC so that the rest of the chain still verifies.
     * Only a prefix of the chain is removed: an old entry after a recent one waits for the next purge.
     *
     * @return the purge, or empty when nothing was old enough
     */
    Optional<Purge> purgeBefore(Instant cutoff, long verifiedUpTo) {
        return transactions.execute(status -> {
            var head = lockHead();
            var firstKept = jdbc.sql("SELECT MIN(sequence_no) FROM audit_entry WHERE occurred_at >= ? AND sequence_no > ?")
                    .params(utc(cutoff), head.anchorSequence())
                    .query(Long.class)
                    .optional();
            var lastPurged = Math.min(firstKept.map(first -> first - 1).orElse(head.lastSequence()), verifiedUpTo);
            if (lastPurged <= head.anchorSequence()) {
                return Optional.<Purge>empty();
            }
            var anchorMac = jdbc.sql("SELECT mac FROM audit_entry WHERE sequence_no = ?")
                    .param(lastPurged)
                    .query(String.class)
                    .single();
            var deleted = jdbc.sql("DELETE FROM audit_entry WHERE sequence_no <= ?").param(lastPurged).update();
            writeHead(head.lastSequence(), head.lastMac(), lastPurged, anchorMac);
            return Optional.of(new Purge(deleted, lastPurged));
        });
    }

    record Purge(int deletedEntries, long lastPurgedSequence) {
    }

    private ChainHead lockHead() {
        return jdbc.sql("SELECT last_sequence, last_mac, anchor_sequence, anchor_mac, seal FROM audit_chain_head "
                        + "WHERE id = 1 FOR UPDATE")
                .query(AuditChainStore::headRow)
                .single();
    }

    private void writeHead(long lastSequence, String lastMac, long anchorSequence, String anchorMac) {
        jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_mac = ?, anchor_sequence = ?, anchor_mac = ?, "
                        + "seal = ? WHERE id = 1")
                .params(lastSequence, lastMac, anchorSequence, anchorMac,
                        macs.seal(lastSequence, lastMac, anchorSequence, anchorMac))
                .update();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ChainHead headRow(ResultSet rs, int row) throws SQLException {
        return new ChainHead(rs.getLong("last_sequence"), rs.getString("last_mac"), rs.getLong("anchor_sequence"),
                rs.getString("anchor_mac"), rs.getString("seal"));
    }

    static StoredEntry entry(ResultSet rs, int row) throws SQLException {
        return new StoredEntry(rs.getLong("sequence_no"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"),
                rs.getString("purpose"), rs.getString("detail"), rs.getString("previous_mac"), rs.getString("mac"));
    }
}
