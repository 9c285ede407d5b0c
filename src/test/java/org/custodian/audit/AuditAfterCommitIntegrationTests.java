package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries of writes follow the caller's transaction (SEC-3): the log never states a change that rolled back.
 */
@IntegrationTest
class AuditAfterCommitIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    @DisplayName("SEC-3 a creation audited inside a transaction that rolls back leaves no entry")
    void rolledBackWriteLeavesNoEntry() {
        var person = "rolled-back-" + UUID.randomUUID();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            auditLog.personalData(AuditAction.CREATE, "audit-test", person, null, "created by a batch that fails");
            status.setRollbackOnly();
        });

        assertThat(entriesAbout(person)).isZero();
    }

    @Test
    @DisplayName("SEC-3 a creation audited inside a transaction that commits leaves one entry")
    void committedWriteLeavesOneEntry() {
        var person = "committed-" + UUID.randomUUID();

        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                auditLog.personalData(AuditAction.CREATE, "audit-test", person, null, "created"));

        assertThat(entriesAbout(person)).isOne();
    }

    @Test
    @DisplayName("SEC-3 a security change audited inside a transaction that rolls back leaves no entry")
    void rolledBackSecurityChangeLeavesNoEntry() {
        var actor = "rolled-back-" + UUID.randomUUID();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            auditLog.security(actor, AuditAction.SECURITY_CHANGE, "role removed");
            status.setRollbackOnly();
        });

        auditLog.flush();
        assertThat(auditLog.search(new AuditQuery(null, null, actor, null, null, null), new PageRequest(0, 5)).total())
                .isZero();
    }

    @Test
    @DisplayName("SEC-3 a read audited inside a transaction that rolls back stays in the log: the data was seen")
    void rolledBackReadStays() {
        var person = "read-" + UUID.randomUUID();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            auditLog.personalData(AuditAction.READ, "audit-test", person, "support");
            status.setRollbackOnly();
        });

        assertThat(entriesAbout(person)).isOne();
    }

    private long entriesAbout(String resource) {
        auditLog.flush();
        return auditLog.search(AuditQuery.forRecord("audit-test", resource), new PageRequest(0, 5)).total();
    }
}
