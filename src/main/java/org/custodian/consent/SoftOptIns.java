package org.custodian.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The soft opt-in evidence table: insert and read only, like the ledger (PRO-1); the person's erasure is the one
 * exception ({@link ConsentDataHolder}).
 */
@Repository
class SoftOptIns {

    private final JdbcClient jdbc;

    SoftOptIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(SoftOptInRecord record) {
        jdbc.sql("""
                        INSERT INTO soft_opt_in (id, person_id, channel, sale_reference, purchase_id, collected_on,
                            opposition_offered, opposition_how, opposed, proof, recorded_at, recorded_by, source,
                            form_ref, form_version, ip_address, user_agent)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.id(), record.personId(), record.channel().name(), record.saleReference(),
                        record.purchaseId(), record.collectedOn(), record.oppositionOffered(), record.oppositionHow(),
                        record.opposed(), record.proof().name(), Timestamp.from(record.recordedAt()),
                        record.recordedBy(), record.source(), record.formRef(), record.formVersion(), record.ip(),
                        record.userAgent())
                .update();
    }

    /** Newest first, in the order the evidence was appended. */
    List<SoftOptInRecord> history(UUID personId) {
        return jdbc.sql("SELECT * FROM soft_opt_in WHERE person_id = ? ORDER BY seq DESC")
                .param(personId)
                .query(SoftOptIns::record)
                .list();
    }

    private static SoftOptInRecord record(ResultSet rs, int row) throws SQLException {
        var version = rs.getInt("form_version");
        Integer formVersion = rs.wasNull() ? null : version;
        return new SoftOptInRecord(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                Channel.valueOf(rs.getString("channel")), rs.getString("sale_reference"),
                rs.getObject("purchase_id", UUID.class), rs.getObject("collected_on", LocalDate.class),
                rs.getBoolean("opposition_offered"), rs.getString("opposition_how"), rs.getBoolean("opposed"),
                ProofKind.valueOf(rs.getString("proof")), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"), rs.getString("source"), rs.getString("form_ref"),
                formVersion, rs.getString("ip_address"), rs.getString("user_agent"));
    }
}
