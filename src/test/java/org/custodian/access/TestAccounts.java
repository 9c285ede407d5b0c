package org.custodian.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.custodian.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

    /** A client address of its own (in 10.0.0.0/8) for a test that signs in. */
    static String uniqueAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** Sends the request from the given client address. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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

    /** The audit details recorded for this actor and action, oldest first. */
    List<String> auditDetailsOf(String actor, String action) {
        audit.flush();
        return jdbc.sql("SELECT detail FROM audit_entry WHERE actor = ? AND action = ? ORDER BY sequence_no")
                .params(actor, action).query(String.class).list();
    }

    /** The audit details recorded with this action, oldest first. */
    List<String> auditDetails(String action) {
        audit.flush();
        return jdbc.sql("SELECT detail FROM audit_entry WHERE action = ? ORDER BY sequence_no").param(action)
                .query(String.class).list();
    }
}
