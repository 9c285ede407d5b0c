package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonRetentionTests {

    private final PersonRetention standard = new PersonRetention(Period.ofYears(3), Period.ofYears(3));

    @Test
    @DisplayName("PRO-6 000 §7 a prospect collected on 2 December 2023 with no contact leaves the active base on "
            + "2 December 2026")
    void prospectLeavesThreeYearsAfterCollection() {
        assertThat(standard.leavesOn(false, LocalDate.of(2023, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @ParameterizedTest(name = "on {0} the latest date that has left is {1}")
    @CsvSource({"2026-12-03, 2023-12-03", "2027-02-28, 2024-02-29", "2028-02-29, 2025-02-28",
        "2027-03-01, 2024-03-01"})
    @DisplayName("RET-3 the set-based cutoff agrees with the day a person leaves, the 29th of February included")
    void cutoffAgreesWithTheDayAPersonLeaves(LocalDate day, LocalDate cutoff) {
        assertThat(standard.prospectCutoff(day)).isEqualTo(cutoff);
        assertThat(standard.leavesOn(false, cutoff)).isBeforeOrEqualTo(day);
        assertThat(standard.leavesOn(false, cutoff.plusDays(1))).isAfter(day);
    }

    @Test
    @DisplayName("RET-1 001 §7 a period is never empty: data are never kept for an indefinite or a null time")
    void refusesAnEmptyPeriod() {
        assertThatThrownBy(() -> new PersonRetention(Period.ZERO, Period.ofYears(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
