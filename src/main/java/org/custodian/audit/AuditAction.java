package org.custodian.audit;

/**
 * What was done: accesses to personal data and security events.
 */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT,
    LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, LOGOUT, SECURITY_CHANGE,
    /** A verification of the audit chain was run on request (the detail holds its result). */
    INTEGRITY_CHECK,
    /** A verification of the audit chain found a broken link. */
    INTEGRITY_FAILURE,
    /** Entries older than the retention period were purged from the audit log. */
    LOG_PURGE;

    /**
     * Whether the entry states a change that the caller's transaction may still undo (SEC-3): it is then
     * appended only once that transaction commits. Reads, searches and exports disclose data even when the
     * transaction rolls back afterwards, and sign-in events happened whatever follows: those are appended
     * at once.
     */
    boolean followsTransaction() {
        return this == CREATE || this == UPDATE || this == DELETE || this == SECURITY_CHANGE;
    }
}
