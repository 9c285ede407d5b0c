package org.custodian.contacts;

import java.util.List;

/**
 * One reason a person's data was refused, tied to a field.
 *
 * @param field      the field's API name, e.g. {@code accountingCode}
 * @param rule       the rule broken, e.g. {@code CON-2.NIR} or {@code required}
 * @param messageKey the key of the explanation in the {@code contacts} message bundle
 * @param arguments  the arguments of the message
 */
public record Violation(String field, String rule, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    static Violation of(String field, String rule, Object... arguments) {
        return new Violation(field, rule, "person.error." + rule, List.of(arguments));
    }
}
