package org.custodian.access;

import java.time.Clock;
import java.util.EnumSet;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signed-in staff do with their own account: change their password (SEC-1), forced after a reset.
 */
@Service
public class StaffAccounts {

    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccounts(StaffUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether this user must choose a new password before doing anything else.
     */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(StaffUser::mustChangePassword).orElse(false);
    }

    /**
     * Changes the user's password after checking the current one and the policy.
     *
     * @throws AccountChangeRefused with {@code WRONG_CURRENT_PASSWORD}
     * @throws PasswordRejected when the new password breaks the policy or equals the current one
     */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        var user = users.findByUsername(username)
                .orElseThrow(() -> new AccountChangeRefused(AccountChangeRefused.Reason.WRONG_CURRENT_PASSWORD));
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            audit.security(user.username(), AuditAction.SECURITY_CHANGE, "password change refused: wrong current password");
            throw new AccountChangeRefused(AccountChangeRefused.Reason.WRONG_CURRENT_PASSWORD);
        }
        var violations = policy.check(newPassword, user.username(), user.displayName());
        if (violations.isEmpty() && encoder.matches(newPassword, user.passwordHash())) {
            violations = EnumSet.of(PasswordViolation.SAME_AS_CURRENT);
        }
        if (!violations.isEmpty()) {
            throw new PasswordRejected(violations);
        }
        users.updatePassword(user.id(), encoder.encode(newPassword), false, clock.instant());
        audit.security(user.username(), AuditAction.SECURITY_CHANGE, "password changed");
    }
}
