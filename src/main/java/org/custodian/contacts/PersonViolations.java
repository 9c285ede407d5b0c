package org.custodian.contacts;

import java.util.List;

import org.custodian.shared.Violation;

/** The contacts module's violations, whose explanations live under {@code person.error.<rule>}. */
final class PersonViolations {

    private PersonViolations() {
    }

    static Violation of(String field, String rule, Object... arguments) {
        return new Violation(field, rule, "person.error." + rule, List.of(arguments));
    }
}
