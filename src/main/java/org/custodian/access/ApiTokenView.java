package org.custodian.access;

import java.time.Instant;
import java.util.Set;

/**
 * An API token as the administration screen shows it; the value itself is never kept.
 *
 * @param expiresAt null when the token does not expire
 * @param revokedAt null while the token is valid
 * @param lastUsedAt last authenticated call, null if never used
 */
public record ApiTokenView(long id, String name, Set<Role> roles, Instant createdAt, String createdBy,
        Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    /**
     * Whether the token is accepted at {@code now}.
     */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
