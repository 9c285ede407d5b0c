package org.custodian.prospecting;

import java.util.List;

import org.custodian.shared.Violation;

/**
 * A request for a preference-centre link that cannot be read: no address, or not an address.
 */
public class InvalidLinkRequest extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidLinkRequest(List<Violation> violations) {
        super("Invalid link request: " + violations.stream().map(Violation::rule).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
