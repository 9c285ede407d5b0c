package org.custodian.consent;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.custodian.shared.personaldata.DueRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RET-1, DSR-5 — 000 §7: the proof of an objection or a withdrawal that outlived the person's erasure, anonymised,
 * is kept «within the limit of the applicable limitation period» ({@link ObjectionProofRetention}, register rule
 * {@code CONSENT_PROOFS/1}), then deleted. The suppression list, a keyed hash, keeps honouring the objection.
 */
@Component
class ObjectionProofsRetention implements DueRecords {

    /** Records of persons no longer in the file: what an erasure kept as proof. */
    private static final String DUE = " FROM consent_record c WHERE c.recorded_at < :cutoff"
            + " AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = c.person_id)";

    private final JdbcClient jdbc;
    private final ObjectionProofRetention retention;

    ObjectionProofsRetention(JdbcClient jdbc, ConsentProperties properties) {
        this.jdbc = jdbc;
        this.retention = new ObjectionProofRetention(properties.objectionProofRetention());
    }

    @Override
    public String rule() {
        return "CONSENT_PROOFS/1";
    }

    @Override
    public String module() {
        return ConsentDataHolder.SECTION;
    }

    @Override
    public String action() {
        return "DELETE";
    }

    @Override
    public long countDue(LocalDate day, RetentionHolds holds) {
        return jdbc.sql("SELECT COUNT(*)" + DUE).param("cutoff", cutoff(day)).query(Long.class).single();
    }

    @Override
    public int applyDue(LocalDate day, int limit, RetentionHolds holds) {
        var due = jdbc.sql("SELECT c.id" + DUE + " ORDER BY c.id FETCH FIRST :limit ROWS ONLY")
                .param("cutoff", cutoff(day))
                .param("limit", limit)
                .query(UUID.class)
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM consent_record WHERE id IN (:ids)").param("ids", due).update();
    }

    /** A statement made before this instant has outlived its limitation period on the day. */
    private Timestamp cutoff(LocalDate day) {
        var dayStart = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        return Timestamp.from(dayStart.atOffset(ZoneOffset.UTC).minus(retention.period()).toInstant());
    }
}
