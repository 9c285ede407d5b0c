package org.custodian.notices;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * A visitor's submission was refused, field by field; nothing was stored.
 */
public class InvalidSubmission extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidSubmission(List<Violation> violations) {
        super("Form submission refused: " + violations.stream().map(Violation::rule).toList());
        this.violations = List.copyOf(violations);
    }

    /** Every problem, field by field. */
    public List<Violation> violations() {
        return violations;
    }
}
