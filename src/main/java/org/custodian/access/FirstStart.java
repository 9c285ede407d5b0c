package org.custodian.access;

import java.time.Clock;
import java.util.Set;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start (ARCHITECTURE.md): with no account at all, creates {@code admin} with {@code custodian.admin.password}
 * (which must satisfy the policy, or the application refuses to start) or with a random password printed once in the
 * log and to be changed at first sign-in. {@code custodian.bootstrap-api-token} creates an administrator API token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStart implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_DISPLAY_NAME = "Administrateur";
    private static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final StaffUserRepository users;
    private final PasswordPolicy policy;
    private final TemporaryPasswords temporaryPasswords;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final String adminPassword;
    private final String bootstrapToken;

    FirstStart(StaffUserRepository users, PasswordPolicy policy, TemporaryPasswords temporaryPasswords,
            PasswordEncoder encoder, ApiTokens tokens, AuditLog audit, Clock clock,
            @Value("${custodian.admin.password:}") String adminPassword,
            @Value("${custodian.bootstrap-api-token:}") String bootstrapToken) {
        this.users = users;
        this.policy = policy;
        this.temporaryPasswords = temporaryPasswords;
        this.encoder = encoder;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.adminPassword = adminPassword;
        this.bootstrapToken = bootstrapToken;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            createAdministrator();
        }
        if (!bootstrapToken.isBlank()) {
            tokens.ensureBootstrapToken(bootstrapToken.strip(), SYSTEM);
        }
    }

    private void createAdministrator() {
        boolean generated = adminPassword.isBlank();
        String password;
        if (generated) {
            password = temporaryPasswords.generate(ADMIN_USERNAME, ADMIN_DISPLAY_NAME);
        }
        else {
            var violations = policy.check(adminPassword, ADMIN_USERNAME, ADMIN_DISPLAY_NAME);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("CUSTODIAN_ADMIN_PASSWORD (custodian.admin.password) does not satisfy "
                        + "the password policy: " + violations + ". It needs " + PasswordPolicy.MIN_ENTROPY_BITS
                        + " bits (CNIL 2022-100): at least " + PasswordPolicy.MIN_LENGTH + " characters with upper "
                        + "case, lower case, digits and special characters, or "
                        + PasswordPolicy.MIN_LENGTH_WITHOUT_SPECIAL + " with upper case, lower case and digits, or a "
                        + "passphrase of " + PasswordPolicy.MIN_PASSPHRASE_WORDS + " words; it must not contain "
                        + "'admin' and must not be a common password. Set a stronger one, or unset it to get a generated password in the log.");
            }
            password = adminPassword;
        }
        users.insert(ADMIN_USERNAME, ADMIN_DISPLAY_NAME, "admin@localhost", encoder.encode(password), generated,
                Set.of(Role.ADMIN), clock.instant(), SYSTEM);
        audit.security(SYSTEM, AuditAction.SECURITY_CHANGE, "first start: user admin created");
        if (generated) {
            log.warn("""

                    ================================================================
                     First start: administrator account created
                       username: {}
                       password: {}
                     This password is shown only once; it must be changed at the
                     first sign-in. Set CUSTODIAN_ADMIN_PASSWORD to choose it.
                    ================================================================""", ADMIN_USERNAME, password);
        }
        else {
            log.info("First start: administrator account '{}' created with custodian.admin.password", ADMIN_USERNAME);
        }
    }
}
