package org.custodian.access;

/**
 * Why {@link PasswordPolicy} refuses a password; each has a message {@code password.violation.<NAME>}
 * telling the user what to change.
 */
public enum PasswordViolation {
    TOO_SHORT, TOO_LONG, MISSING_UPPER_CASE, MISSING_LOWER_CASE, MISSING_DIGIT, MISSING_SPECIAL,
    CONTAINS_USERNAME, CONTAINS_NAME, COMMON_PASSWORD,
    /** Checked by the password change, which knows the current password; the pure policy never returns it. */
    SAME_AS_CURRENT
}
