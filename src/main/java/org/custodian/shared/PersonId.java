package org.custodian.shared;

import java.util.UUID;

/**
 * The generated, meaningless identifier of a person; the only thing about a person other modules and
 * events may carry.
 */
public record PersonId(UUID value) {

    public PersonId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
