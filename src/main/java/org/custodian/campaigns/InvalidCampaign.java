package org.custodian.campaigns;

import java.util.List;

import org.custodian.shared.Violation;

/** A campaign's definition or template refused, field by field. */
public class InvalidCampaign extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidCampaign(List<Violation> violations) {
        super("Invalid campaign: " + violations.stream().map(Violation::rule).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
