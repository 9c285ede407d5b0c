package org.custodian.register;

/**
 * One value that differs between two versions of an activity.
 *
 * @param field  what changed: {@code name}, {@code description}, {@code legalBasis}, {@code retention.duration} ...
 * @param index  the row of a legal basis or retention rule (1-based), 0 for the activity itself
 * @param locale {@code fr} or {@code en} for a translated text, empty otherwise
 * @param before the value before (null if absent)
 * @param after  the value after (null if absent)
 */
public record FieldChange(String field, int index, String locale, String before, String after) {
}
