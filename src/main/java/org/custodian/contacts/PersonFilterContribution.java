package org.custodian.contacts;

import java.util.List;
import java.util.Optional;

/**
 * A filter of the persons list that another module contributes from what it holds about persons (the consent
 * module: consent state per channel), without the contacts module depending on it: the contribution turns a value
 * of its query parameter into an SQL condition on the {@code person} row, which the list adds to its own.
 */
public interface PersonFilterContribution {

    /** The query parameter of the filter, unique across contributions, e.g. {@code consentEmail}. */
    String parameter();

    /** The message key of the filter's label. */
    String labelKey();

    /** The values the filter accepts, in the order the screen offers them. */
    List<Option> options();

    /**
     * The condition selecting the persons for this value, or empty when the value is not one of {@link #options()}.
     * The SQL refers to the person's id as {@code person.id} and takes its values as positional {@code ?} parameters.
     */
    Optional<Condition> condition(String value);

    /**
     * One value of the filter.
     *
     * @param value      the query parameter's value
     * @param messageKey the message key of its label
     */
    record Option(String value, String messageKey) {
    }

    /**
     * An SQL condition with its positional parameters.
     */
    record Condition(String sql, List<Object> parameters) {

        public Condition {
            parameters = List.copyOf(parameters);
        }
    }
}
