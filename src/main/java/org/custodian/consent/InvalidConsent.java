package org.custodian.consent;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * A consent received through the API was refused; nothing was stored. Carries every violation, field by
 * field, including those of the person rules when the visitor had to be created.
 */
public class InvalidConsent extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidConsent(List<Violation> violations) {
        super("Invalid consent: " + violations.stream().map(v -> v.field() + " " + v.rule()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
