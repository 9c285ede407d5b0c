package org.custodian.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Unique staff accounts for integration tests (the database is shared and never reset) and a look into the audit log.
 */
@Component
class TestAccounts {

    /** Satisfies the policy and contains no part of the generated logins or names. */
    static final String PASSWORD = "Kayak-Brume-74!";

    record Account(long id, String username, String password) {
    }

    private final UserAdministration administration;
    private final StaffAccounts accounts;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    TestAccounts(UserAdministration administration, StaffAccounts accounts, JdbcClient jdbc, AuditLog audit) {
        this.administration = administration;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    static String uniqueName(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new account as an administrator creates it: temporary password, to be changed at first sign-in. */
    Account withTemporaryPassword(Role... roles) {
        var username = uniqueName("u");
        var secret = administration.create(new NewUser(username, "Agent " + username, username + "@example.com",
                Set.of(roles)), "test");
        return new Account(secret.id(), username, secret.value());
    }

    /** A new account whose owner has already chosen {@link #PASSWORD}. */
    Account withPassword(Role... roles) {
        var account = withTemporaryPassword(roles);
        accounts.changePassword(account.username(), account.password(), PASSWORD);
        return new Account(account.id(), account.username(), PASSWORD);
    }

    /** The audit actions recorded for this actor, oldest first. */
    List<String> auditActions(String actor) {
        audit.flush();
        return jdbc.sql("SELECT action FROM audit_entry WHERE actor = ? ORDER BY sequence_no").param(actor)
                .query(String.class).list();
    }

    /** The audit details recorded with this action, oldest first. */
    List<String> auditDetails(String action) {
        audit.flush();
        return jdbc.sql("SELECT detail FROM audit_entry WHERE action = ? ORDER BY sequence_no").param(action)
                .query(String.class).list();
    }
}
