package org.custodian.retention;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * A legal hold, or its release, was refused as it stands; nothing was stored. Carries every violation, field by field
 * (message keys {@code legalHold.error.<rule>}).
 */
public class InvalidLegalHold extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidLegalHold(List<Violation> violations) {
        super("Invalid legal hold: " + violations.stream().map(v -> v.field() + " " + v.rule()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    static Violation violation(String field, String rule, Object... arguments) {
        return new Violation(field, rule, "legalHold.error." + rule, List.of(arguments));
    }
}
