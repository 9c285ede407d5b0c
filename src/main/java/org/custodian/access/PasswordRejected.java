package org.custodian.access;

import java.util.Set;

/**
 * A new password breaks the policy (SEC-1); {@link #violations()} says what to change.
 */
public class PasswordRejected extends RuntimeException {

    private final Set<PasswordViolation> violations;

    PasswordRejected(Set<PasswordViolation> violations) {
        super("Password refused: " + violations);
        this.violations = Set.copyOf(violations);
    }

    /** The rules the password breaks. */
    public Set<PasswordViolation> violations() {
        return violations;
    }
}
