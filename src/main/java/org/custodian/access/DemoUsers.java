package org.custodian.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile {@code demo}: one fictitious account per role (SEC-8), with the password documented in the README and no
 * forced change. Existing logins are left alone, so restarting is harmless.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoUsers implements ApplicationRunner {

    /** Documented in the README; acceptable to the policy for every demo account. */
    static final String DEMO_PASSWORD = "Demo-Custodian-2026!";

    private record Demo(String username, String displayName, Role role) {
    }

    private static final List<Demo> USERS = List.of(
            new Demo("dpo", "Nadia Lefèvre", Role.DPO),
            new Demo("sales", "Camille Martin", Role.SALES),
            new Demo("marketing", "Hugo Bernard", Role.MARKETING),
            new Demo("support", "Inès Moreau", Role.SUPPORT),
            new Demo("accounting", "Sophie Laurent", Role.ACCOUNTING),
            new Demo("archivist", "Marc Girard", Role.ARCHIVIST));

    private final StaffUserRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    DemoUsers(StaffUserRepository users, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (var demo : USERS) {
            if (users.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            var violations = policy.check(DEMO_PASSWORD, demo.username(), demo.displayName());
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Demo password refused for " + demo.username() + ": " + violations);
            }
            users.insert(demo.username(), demo.displayName(), demo.username() + "@maison-lumiere.example",
                    encoder.encode(DEMO_PASSWORD), false, Set.of(demo.role()), clock.instant(), "demo");
            audit.security("demo", AuditAction.SECURITY_CHANGE, "demo user " + demo.username() + " created");
        }
    }
}
