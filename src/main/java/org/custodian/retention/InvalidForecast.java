package org.custodian.retention;

import java.util.List;

import org.custodian.shared.Violation;

/** A forecast asked for a number of days out of range: the violations say which field and why. */
public class InvalidForecast extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidForecast(List<Violation> violations) {
        super("Invalid forecast: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
