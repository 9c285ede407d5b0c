package org.custodian.register;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.regex.Pattern;

/**
 * RET-1: retention periods are ISO-8601 — a date-based {@link Period} ({@code P3Y}, {@code P0D}) or, below a day,
 * a time-based {@link Duration} ({@code PT48H}, 001 §7) — never both, so that each has one exact meaning.
 */
final class RetentionPeriods {

    static final String PATTERN = "^$|^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$|^PT(\\d+H)?(\\d+M)?$";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private RetentionPeriods() {
    }

    static boolean isValid(String value) {
        return value == null || (VALID.matcher(value).matches() && (value.isEmpty() || parse(value) != null));
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
