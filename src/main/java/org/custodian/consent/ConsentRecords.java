package org.custodian.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodian.shared.SqlArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger table: insert and read only. There is deliberately no update or delete here (PRO-1).
 */
@Repository
class ConsentRecords {

    private static final String INSERT = """
            INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at,
                recorded_by, source, text_hash, form_ref, form_version, notice_version, ip_address,
                user_agent, submitted_at, confirmed_at, confirmation_ip, confirmation_user_agent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ConsentRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void append(ConsentRecordView record) {
        jdbc.sql(INSERT).params(values(record)).update();
    }

    /** Appends many records in one batch of statements (a bulk import). */
    void appendAll(List<ConsentRecordView> records) {
        if (!records.isEmpty()) {
            template.batchUpdate(INSERT, records.stream().map(ConsentRecords::values).toList());
        }
    }

    private static Object[] values(ConsentRecordView record) {
        return new Object[] {record.id(), record.personId(), record.purpose(), record.channel().name(),
                record.event().name(), record.proof().name(), Timestamp.from(record.recordedAt()),
                record.recordedBy(), record.source(), record.textHash(), record.formRef(),
                record.formVersion(), record.noticeVersion(), record.ip(), record.userAgent(),
                timestamp(record.submittedAt()), timestamp(record.confirmedAt()), record.confirmationIp(),
                record.confirmationUserAgent()};
    }

    /** Newest first, in the order the records were appended. */
    Set<UUID> refusedAmong(Collection<UUID> persons, String purpose) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT person_id FROM consent_record WHERE person_id = ANY(:persons)"
                        + " AND purpose = :purpose AND event IN ('OBJECTED', 'WITHDRAWN')")
                .param("persons", SqlArrays.uuids(persons))
                .param("purpose", purpose)
                .query(UUID.class)
                .list());
    }

    List<ConsentRecordView> history(UUID personId) {
        return jdbc.sql("""
                        SELECT r.*, t.text FROM consent_record r LEFT JOIN consent_text t ON t.hash = r.text_hash
                        WHERE r.person_id = ? ORDER BY r.seq DESC""")
                .param(personId)
                .query(ConsentRecords::view)
                .list();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        var value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static ConsentRecordView view(ResultSet rs, int row) throws SQLException {
        return new ConsentRecordView(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("purpose"), Channel.valueOf(rs.getString("channel")),
                ConsentEvent.valueOf(rs.getString("event")), ProofKind.valueOf(rs.getString("proof")),
                instant(rs, "recorded_at"), rs.getString("recorded_by"), rs.getString("source"),
                rs.getString("text_hash"), rs.getString("text"), rs.getString("form_ref"), integer(rs, "form_version"),
                integer(rs, "notice_version"), rs.getString("ip_address"), rs.getString("user_agent"),
                instant(rs, "submitted_at"), instant(rs, "confirmed_at"), rs.getString("confirmation_ip"),
                rs.getString("confirmation_user_agent"));
    }
}
