package org.custodian.notices;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * A collection form was refused: what it asks or offers breaks a rule (INF-2, CON-3); nothing was saved.
 */
public class InvalidForm extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidForm(List<Violation> violations) {
        super("Collection form refused: " + violations.stream().map(Violation::rule).toList());
        this.violations = List.copyOf(violations);
    }

    /** Every rule broken, field by field. */
    public List<Violation> violations() {
        return violations;
    }
}
