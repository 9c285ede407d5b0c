package org.custodian.rights;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * A request or an action on it was refused; nothing was stored. Carries every violation, field by field.
 */
public class InvalidRightsRequest extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidRightsRequest(List<Violation> violations) {
        super("Invalid rights request: " + violations.stream().map(v -> v.field() + " " + v.rule()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    static Violation violation(String field, String rule, Object... arguments) {
        return new Violation(field, rule, "rights.error." + rule, List.of(arguments));
    }
}
