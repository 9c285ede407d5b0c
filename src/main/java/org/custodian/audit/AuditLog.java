package org.custodian.audit;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The audit module's facade: every module records accesses to personal data and security events
 * here (SEC-3).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that the current user or API token did {@code action} on a record holding personal data.
     */
    public void personalData(AuditAction action, String resourceType, String resourceId, String purpose) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var actor = authentication == null ? "system" : authentication.getName();
        insert(actor, action, resourceType, resourceId, purpose, null);
    }

    /**
     * Records a security event (sign-in, lock, role change ...) for the named actor.
     */
    public void security(String actor, AuditAction action, String detail) {
        insert(actor, action, null, null, null, detail);
    }

    private void insert(String actor, AuditAction action, String resourceType, String resourceId, String purpose,
            String detail) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, resource_type, resource_id, purpose, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(Instant.now(clock)), actor, action.name(), resourceType, resourceId, purpose, detail)
                .update();
    }
}
