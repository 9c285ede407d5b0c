package org.custodian.shared;

import java.util.List;

/**
 * One reason an input was refused, tied to a field: the single shape every module uses to report what is wrong,
 * shown on screens next to the field (through {@code BindingResult} and {@code fragments/form.html}) and in the
 * API as problem details.
 *
 * @param field      the field's API name, e.g. {@code accountingCode}
 * @param rule       the rule broken, e.g. {@code CON-2.NIR} or {@code required}
 * @param messageKey the key of the explanation in the message bundle
 * @param arguments  the arguments of the message
 */
public record Violation(String field, String rule, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }
}
