package org.custodian.register;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The security-measures checklist (SEC-7): the measures of 000 §10, each decided by the DPO.
 */
@Service
@Validated
public class SecurityChecklist {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SecurityChecklist(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every measure, in the order of the standard's table.
     */
    @Transactional(readOnly = true)
    public List<SecurityMeasureView> measures() {
        return jdbc.sql("SELECT * FROM register_security_measure ORDER BY id")
                .query((rs, row) -> new SecurityMeasureView(rs.getLong("id"), ActivityRepository.text(rs, "category"),
                        ActivityRepository.text(rs, "measure"), ActivityRepository.text(rs, "implemented_by"),
                        MeasureStatus.valueOf(rs.getString("status")), rs.getString("justification"),
                        rs.getString("owner"), ActivityRepository.instant(rs, "updated_at"), rs.getString("updated_by")))
                .list();
    }

    /**
     * One measure.
     *
     * @throws SecurityMeasureNotFound if there is no such measure
     */
    @Transactional(readOnly = true)
    public SecurityMeasureView measure(long id) {
        return measures().stream().filter(measure -> measure.id() == id).findFirst()
                .orElseThrow(() -> SecurityMeasureNotFound.forId(id));
    }

    /**
     * Records the DPO's decision on a measure.
     *
     * @throws SecurityMeasureNotFound if there is no such measure
     */
    @Transactional
    public SecurityMeasureView decide(long id, @Valid MeasureDecision decision) {
        var updated = jdbc.sql("""
                        UPDATE register_security_measure SET status = ?, justification = ?, owner = ?, updated_at = ?,
                            updated_by = ?
                        WHERE id = ?""")
                .params(decision.status().name(), ActivityRepository.blankToNull(decision.justification()),
                        ActivityRepository.blankToNull(decision.owner()), Timestamp.from(Instant.now(clock)),
                        SecurityContextHolder.getContext().getAuthentication().getName(), id)
                .update();
        if (updated == 0) {
            throw SecurityMeasureNotFound.forId(id);
        }
        audit.personalData(AuditAction.UPDATE, "register-security-measure", String.valueOf(id), "Art. 32 checklist");
        return measure(id);
    }
}
