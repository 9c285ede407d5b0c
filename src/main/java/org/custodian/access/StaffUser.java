package org.custodian.access;

import java.time.Instant;
import java.util.Set;

/** One row of {@code staff_user} with its roles. */
record StaffUser(long id, String username, String displayName, String email, String passwordHash, boolean enabled,
        boolean mustChangePassword, int securityStamp, Instant lastLoginAt, Instant passwordChangedAt,
        Instant disabledAt, String disabledReason, Instant createdAt, String createdBy, Set<Role> roles) {

    /**
     * @param lockedUntil end of the current lock of the login name (see {@link LoginThrottle}), or null
     */
    UserView view(Instant lockedUntil) {
        return new UserView(id, username, displayName, email, roles, enabled, mustChangePassword, lockedUntil,
                lastLoginAt, createdAt, createdBy, disabledAt, disabledReason);
    }
}
