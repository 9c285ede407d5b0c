package org.custodian.notices;

/**
 * A field of a collection form and whether the visitor must fill it in.
 */
public record FieldChoice(FormField field, boolean required) {
}
