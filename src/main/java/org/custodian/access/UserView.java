package org.custodian.access;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the administration screens and the access review show it (no password hash).
 *
 * @param lockedUntil end of a current temporary lock, null when not locked
 * @param lastLoginAt last successful sign-in, null if never
 * @param disabledReason {@code ADMIN} or {@code INACTIVE} when disabled
 */
public record UserView(long id, String username, String displayName, String email, Set<Role> roles, boolean enabled,
        boolean mustChangePassword, Instant lockedUntil, Instant lastLoginAt, Instant createdAt, String createdBy,
        Instant disabledAt, String disabledReason) {

    /**
     * Whether the account holds the given role.
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
