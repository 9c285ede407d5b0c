package org.custodian.access;

/**
 * Why {@link PasswordPolicy} refuses a password; each has a message {@code password.violation.<NAME>}
 * telling the user what to change.
 */
public enum PasswordViolation {
    TOO_SHORT, TOO_LONG,
    /** Below the 80 bits of CNIL deliberation 2022-100. */
    TOO_WEAK,
    CONTROL_CHARACTER, MOSTLY_BLANK, CONTAINS_USERNAME, CONTAINS_NAME, COMMON_PASSWORD,
    /** Checked by the password change, which knows the current password; the pure policy never returns it. */
    SAME_AS_CURRENT
}
