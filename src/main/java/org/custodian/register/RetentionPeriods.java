package org.custodian.register;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;

/**
 * RET-1: retention periods are ISO-8601 — a date-based {@link Period} ({@code P3Y}, {@code P0D}) or, below a day,
 * a time-based {@link Duration} ({@code PT48H}, 001 §7) — never both, so that each has one exact meaning. The screens
 * choose and show them as a number and a unit ({@link RetentionUnit}, {@link RetentionText}).
 */
final class RetentionPeriods {

    private RetentionPeriods() {
    }

    static TemporalAmount parse(String value) {
        if (value == null || value.isBlank() || "P".equals(value) || "PT".equals(value)) {
            return null;
        }
        try {
            return value.startsWith("PT") ? Duration.parse(value) : Period.parse(value);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
