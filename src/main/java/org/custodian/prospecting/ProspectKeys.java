package org.custodian.prospecting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRO-2, PRO-3 — the table {@code prospect_key} (V35): for each person, what the set-based eligibility compares and
 * the person table cannot give SQL directly: the keyed hashes of the address and phone as the suppression list holds
 * them ({@link SuppressionHasher}), the postcode and department of the free-text address ({@link FrenchPostcode}),
 * and the words of the job title and sector as {@link ProfessionWords} normalises them.
 *
 * <p>{@link #refresh()} brings it up to date before each read: the persons whose {@code updated_at} is at or after the
 * watermark less an overlap (a writer's transaction that commits after a refresh may carry an earlier
 * {@code updated_at}: an import batch stamps its rows when it starts) and whose row is missing or was derived from
 * another {@code updated_at}. A person inserted with an earlier {@code updated_at} (an import keeping its file's dates)
 * has no row at all: the reads see it and call {@link #deriveMissing()}. Every write of an address, a job title or a sector
 * moves {@code updated_at}; a deleted person's row goes with it (foreign key); the first refresh derives every person.
 * Writes are idempotent, so two nodes refreshing at once agree.
 */
@Component
class ProspectKeys {

    /** How many rows go into one batch of writes. */
    private static final int BATCH = 1000;

    private static final String PERSONS = "SELECT p.id, p.email, p.phone, p.address, p.job_title, p.sector,"
            + " p.updated_at, CASE WHEN k.person_id IS NULL THEN 0 ELSE 1 END AS known"
            + " FROM person p LEFT JOIN prospect_key k ON k.person_id = p.id";
    private static final String STALE = PERSONS + " WHERE (k.person_id IS NULL OR k.derived_from <> p.updated_at)";
    private static final String MISSING = PERSONS + " WHERE k.person_id IS NULL";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final SuppressionHasher hasher;
    private final Duration overlap;
    private final Clock clock;

    ProspectKeys(JdbcClient jdbc, JdbcTemplate template, SuppressionHasher hasher, ProspectingProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        // Its own template, so that a first refresh of a million persons streams (PostgreSQL needs a fetch size and a
        // transaction) without changing the shared one.
        this.streaming = new JdbcTemplate(template.getDataSource());
        this.streaming.setFetchSize(BATCH);
        this.hasher = hasher;
        this.overlap = properties.keyRefreshOverlap();
        this.clock = clock;
    }

    /**
     * Derives the keys of every person changed since the last refresh (of every person the first time), in its own
     * transaction.
     *
     * @return how many persons' keys were (re)derived
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int refresh() {
        var watermark = jdbc.sql("SELECT derived_upto FROM prospect_key_watermark WHERE id = 1")
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional();
        if (watermark.isEmpty()) {
            return derive(STALE, List.of());
        }
        // Persons being erased are in no audience: the list's partial index on updated_at serves the range. A
        // watermark ahead of the clock (a person stamped by a clock since put back) must not hide today's writes.
        return derive(STALE + " AND p.erasure_requested_at IS NULL AND p.updated_at >= ?",
                List.of(Timestamp.from(rereadFrom(watermark.get().toInstant(), clock.instant(), overlap))));
    }

    /**
     * From when a refresh reads its sources again: the last one less the overlap (a writer's transaction that commits
     * after a refresh with an earlier date), or now less the overlap when the clock was put back since (the writes are
     * stamped by the same clock).
     */
    static Instant rereadFrom(Instant last, Instant now, Duration overlap) {
        return (now.isBefore(last) ? now : last).minus(overlap);
    }

    /**
     * Derives the keys of the persons who have none, in its own transaction: persons inserted with an
     * {@code updated_at} earlier than the watermark (an import keeping its file's dates), which a read finds without
     * keys.
     *
     * @return how many persons' keys were derived
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int deriveMissing() {
        return derive(MISSING, List.of());
    }

    private int derive(String sql, List<Object> params) {
        var writer = new Writer();
        streaming.query(sql, writer::accept, params.toArray());
        writer.flush();
        if (writer.latest != null) {
            var latest = Timestamp.from(writer.latest.toInstant());
            jdbc.sql("INSERT INTO prospect_key_watermark (id, derived_upto) VALUES (1, ?) ON CONFLICT DO NOTHING")
                    .param(latest).update();
            jdbc.sql("UPDATE prospect_key_watermark SET derived_upto = ? WHERE id = 1 AND derived_upto < ?")
                    .params(latest, latest).update();
        }
        return writer.derived;
    }

    /** The words of a job title and a sector as {@code prospect_key.profession_words} holds them, or null. */
    static String professionWords(String jobTitle, String sector) {
        var words = ProfessionWords.of(jobTitle);
        words.addAll(ProfessionWords.of(sector));
        return words.isEmpty() ? null : " " + String.join(" ", words) + " ";
    }

    private final class Writer {

        private final List<Object[]> inserts = new ArrayList<>();
        private final List<Object[]> updates = new ArrayList<>();
        private OffsetDateTime latest;
        private int derived;

        void accept(ResultSet rs) throws SQLException {
            var updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
            var postcode = FrenchPostcode.of(rs.getString("address"));
            var values = new Object[] {hasher.email(rs.getString("email")), hasher.phone(rs.getString("phone")),
                    postcode == null ? null : postcode.code(), postcode == null ? null : postcode.department(),
                    professionWords(rs.getString("job_title"), rs.getString("sector")),
                    Timestamp.from(updatedAt.toInstant()), rs.getObject("id", UUID.class)};
            (rs.getInt("known") == 1 ? updates : inserts).add(values);
            if (latest == null || updatedAt.isAfter(latest)) {
                latest = updatedAt;
            }
            derived++;
            if (inserts.size() + updates.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (!inserts.isEmpty()) {
                streaming.batchUpdate("INSERT INTO prospect_key (email_hash, phone_hash, postcode, department,"
                        + " profession_words, derived_from, person_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", inserts);
                inserts.clear();
            }
            if (!updates.isEmpty()) {
                streaming.batchUpdate("UPDATE prospect_key SET email_hash = ?, phone_hash = ?, postcode = ?,"
                        + " department = ?, profession_words = ?, derived_from = ? WHERE person_id = ?", updates);
                updates.clear();
            }
        }
    }
}
