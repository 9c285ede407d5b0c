package org.custodian.prospecting;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * An opposition or a look-up the suppression list refuses, field by field.
 */
public class InvalidSuppression extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidSuppression(List<Violation> violations) {
        super("Invalid suppression-list input: " + violations.stream().map(Violation::rule).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
