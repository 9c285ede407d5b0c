package org.custodian.audit;

/**
 * What was done: accesses to personal data and security events.
 */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT,
    LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, LOGOUT, SECURITY_CHANGE
}
