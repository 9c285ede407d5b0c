package org.custodian.contacts;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a person's history (CON-9): who changed what, when, from what to what.
 *
 * @param kind   {@code CREATED} or {@code UPDATED}
 * @param origin where the change came from when it was not typed on a screen ({@code import/<job id>}), or null
 * @param fields the fields that changed, in the order of the form
 */
public record PersonChange(Instant at, String actor, String kind, String origin, List<FieldChange> fields) {

    public PersonChange {
        fields = List.copyOf(fields);
    }

    /**
     * One field's value before and after a change; {@code null} stands for "empty".
     *
     * @param field the field's API name, e.g. {@code address}
     */
    public record FieldChange(String field, String before, String after) {
    }
}
