package org.custodian.rights;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.custodian.shared.personaldata.DueRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RET-4 — 000 §7: a rights request is kept until it is answered, and the answer «may be kept as proof, within the
 * applicable limitation period»: five years from the answer (register rule {@code RIGHTS_REQUESTS/1}, the date stored
 * on the answer as {@code kept_until}). Then the request goes, with its answer, files, checks and forwardings; a
 * request named by a legal hold stays.
 */
@Component
class AnsweredRequestsRetention implements DueRecords {

    private static final String DUE = " FROM rights_request r WHERE EXISTS (SELECT 1 FROM rights_answer a"
            + " WHERE a.request_id = r.id AND a.kept_until < :dayStart) AND ";

    private final JdbcClient jdbc;

    AnsweredRequestsRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String rule() {
        return "RIGHTS_REQUESTS/1";
    }

    @Override
    public String module() {
        return RightsDataHolder.SECTION;
    }

    @Override
    public String action() {
        return "DELETE";
    }

    @Override
    public long countDue(LocalDate day, RetentionHolds holds) {
        return jdbc.sql("SELECT COUNT(*)" + DUE + holds.notHeldRequest("r.id"))
                .param("dayStart", start(day))
                .param("today", day)
                .query(Long.class)
                .single();
    }

    @Override
    public int applyDue(LocalDate day, int limit, RetentionHolds holds) {
        var due = jdbc.sql("SELECT r.id" + DUE + holds.notHeldRequest("r.id")
                        + " ORDER BY r.id FETCH FIRST :limit ROWS ONLY")
                .param("dayStart", start(day))
                .param("today", day)
                .param("limit", limit)
                .query(UUID.class)
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM rights_request WHERE id IN (:ids)").param("ids", due).update();
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
