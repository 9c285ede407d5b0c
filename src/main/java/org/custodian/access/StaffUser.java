package org.custodian.access;

import java.time.Instant;
import java.util.Set;

/** One row of {@code staff_user} with its roles. */
record StaffUser(long id, String username, String displayName, String email, String passwordHash, boolean enabled,
        boolean mustChangePassword, int failedAttempts, int lockCount, Instant lockedUntil, Instant lastLoginAt,
        Instant passwordChangedAt, Instant disabledAt, String disabledReason, Instant createdAt, String createdBy,
        Set<Role> roles) {

    LockoutPolicy.LoginState loginState() {
        return new LockoutPolicy.LoginState(failedAttempts, lockCount, lockedUntil);
    }

    UserView view(Instant now) {
        return new UserView(id, username, displayName, email, roles, enabled, mustChangePassword,
                lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null, lastLoginAt, createdAt, createdBy,
                disabledAt, disabledReason);
    }
}
