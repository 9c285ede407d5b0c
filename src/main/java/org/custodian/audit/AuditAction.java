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
    LOG_PURGE
}
