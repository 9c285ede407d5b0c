package org.custodian.contacts;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * The data of a person was refused; nothing was stored. Carries every violation, field by field.
 */
public class InvalidPersonData extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidPersonData(List<Violation> violations) {
        super("Invalid person data: " + violations.stream().map(v -> v.field() + " " + v.rule()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
