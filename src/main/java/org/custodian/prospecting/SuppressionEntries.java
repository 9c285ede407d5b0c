package org.custodian.prospecting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodian.prospecting.SuppressionEntryView.HashedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code suppression_entry} table: hashes only.
 */
@Repository
class SuppressionEntries {

    private static final String COLUMNS = "id, kind, channel, source, reason, first_recorded_at, recorded_at, "
            + "recorded_by";

    private final JdbcClient jdbc;

    SuppressionEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Puts a hash on the list for a channel, once: an entry already there keeps its id and first date, and takes the
     * new opposition's date when it is later. Two nodes adding the same value at once leave one entry (the unique
     * constraint, then the update of the one that lost).
     *
     * @return the entry as it stands
     */
    SuppressionEntryView put(HashedValue kind, String hash, SuppressionChannel channel, SuppressionSource source,
            String reason, Instant at, String actor) {
        var inserted = jdbc.sql("INSERT INTO suppression_entry (id, kind, value_hash, channel, source, reason, "
                        + "first_recorded_at, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), kind.name(), hash, channel.name(), source.name(), reason,
                        Timestamp.from(at), Timestamp.from(at), actor)
                .update();
        if (inserted == 0) {
            jdbc.sql("UPDATE suppression_entry SET recorded_at = ?, source = ?, reason = ?, recorded_by = ? "
                            + "WHERE kind = ? AND value_hash = ? AND channel = ? AND recorded_at < ?")
                    .params(Timestamp.from(at), source.name(), reason, actor, kind.name(), hash, channel.name(),
                            Timestamp.from(at))
                    .update();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM suppression_entry WHERE kind = ? AND value_hash = ? AND channel = ?")
                .params(kind.name(), hash, channel.name())
                .query(SuppressionEntries::view)
                .single();
    }

    /** The entries of these hashes, latest opposition first. */
    List<SuppressionEntryView> of(List<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        var marks = String.join(", ", hashes.stream().map(hash -> "?").toList());
        return jdbc.sql("SELECT " + COLUMNS + " FROM suppression_entry WHERE value_hash IN (" + marks + ") "
                        + "ORDER BY recorded_at DESC, id")
                .params(hashes.toArray())
                .query(SuppressionEntries::view)
                .list();
    }

    /** The entries of these hashes with their hash, latest opposition first, in one statement. */
    List<HashedEntry> withHashes(List<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        var marks = String.join(", ", hashes.stream().map(hash -> "?").toList());
        return jdbc.sql("SELECT value_hash, " + COLUMNS + " FROM suppression_entry WHERE value_hash IN (" + marks
                        + ") ORDER BY recorded_at DESC, id")
                .params(hashes.toArray())
                .query((rs, row) -> new HashedEntry(rs.getString("value_hash"), view(rs, row)))
                .list();
    }

    /** The latest opposition of each of these hashes that is on the list, whatever its channel. */
    Map<String, Instant> latest(List<String> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        var marks = String.join(", ", hashes.stream().map(hash -> "?").toList());
        var latest = new HashMap<String, Instant>();
        jdbc.sql("SELECT value_hash, MAX(recorded_at) AS latest FROM suppression_entry WHERE value_hash IN (" + marks
                        + ") GROUP BY value_hash")
                .params(hashes.toArray())
                .query((ResultSet rs) -> {
                    latest.put(rs.getString("value_hash"), rs.getTimestamp("latest").toInstant());
                });
        return latest;
    }

    List<SuppressionEntryView> page(long offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM suppression_entry ORDER BY recorded_at DESC, id "
                        + "LIMIT ? OFFSET ?")
                .params(size, offset)
                .query(SuppressionEntries::view)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM suppression_entry").query(Long.class).single();
    }

    /** Every entry with its hash, for the set-based check of a whole audience. */
    List<HashedEntry> all() {
        return jdbc.sql("SELECT value_hash, " + COLUMNS + " FROM suppression_entry")
                .query((rs, row) -> new HashedEntry(rs.getString("value_hash"), view(rs, row)))
                .list();
    }

    record HashedEntry(String hash, SuppressionEntryView entry) {
    }

    private static SuppressionEntryView view(ResultSet rs, int row) throws SQLException {
        return new SuppressionEntryView(rs.getObject("id", UUID.class), HashedValue.valueOf(rs.getString("kind")),
                SuppressionChannel.valueOf(rs.getString("channel")), SuppressionSource.valueOf(rs.getString("source")),
                rs.getString("reason"), rs.getTimestamp("first_recorded_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
