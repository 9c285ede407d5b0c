package org.custodian.notices;

import java.util.List;
import java.util.Map;

/**
 * What a visitor sent from a collection form.
 *
 * @param formVersion the version of the form they were shown (a copy pasted into another site may be older); the
 *                    current one when absent
 * @param values      the fields typed in, by {@link FormField#parameter()}
 * @param consents    the consent boxes ticked, by {@link FormBox#value()}
 * @param oppositions the opposition boxes ticked, by {@link FormBox#value()}
 * @param partners    whether the partner box was ticked
 * @param sensitive   the answers to sensitive questions, by {@link SensitiveQuestion#key()}
 * @param sensitiveConsents the keys of the sensitive questions whose consent box was ticked
 */
public record FormAnswers(Integer formVersion, Map<String, String> values, List<String> consents,
        List<String> oppositions, boolean partners, Map<String, String> sensitive, List<String> sensitiveConsents) {

    public FormAnswers {
        values = values == null ? Map.of() : Map.copyOf(values);
        sensitive = sensitive == null ? Map.of() : Map.copyOf(sensitive);
        sensitiveConsents = sensitiveConsents == null ? List.of() : List.copyOf(sensitiveConsents);
        consents = consents == null ? List.of() : List.copyOf(consents);
        oppositions = oppositions == null ? List.of() : List.copyOf(oppositions);
    }

    /** The stripped answer to a sensitive question, or null when left empty. */
    String sensitive(SensitiveQuestion question) {
        var value = sensitive.get(question.key());
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The stripped value of a field, or null when left empty. */
    String value(FormField field) {
        var value = values.get(field.parameter());
        return value == null || value.isBlank() ? null : value.strip();
    }
}
