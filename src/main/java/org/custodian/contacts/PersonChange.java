package org.custodian.contacts;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a person's history (CON-9): who changed what, when, from what to what.
 *
 * @param id     the entry's id, to redact one of its fields; null for the creation by a bulk import, which has no
 *               field values
 * @param kind   {@code CREATED} or {@code UPDATED}
 * @param origin where the change came from when it was not typed on a screen ({@code import/<job id>}), or null
 * @param fields the fields that changed, in the order of the form
 */
public record PersonChange(Long id, Instant at, String actor, String kind, String origin, List<FieldChange> fields) {

    public PersonChange {
        fields = List.copyOf(fields);
    }

    /**
     * One field's value before and after a change; {@code null} stands for "empty" — or for a redacted value.
     *
     * @param field     the field's API name, e.g. {@code address}
     * @param order     the field's position in its entry, which identifies it for a redaction
     * @param redaction who removed the values from the history, when and why; null when they are there
     */
    public record FieldChange(String field, String before, String after, int order, Redaction redaction) {

        /** A change about to be recorded. */
        public FieldChange(String field, String before, String after) {
            this(field, before, after, 0, null);
        }
    }

    /** CON-2, CON-5: the marker left where the DPO redacted a value from the history. */
    public record Redaction(Instant at, String by, String reason) {
    }
}
