package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionPeriodsTests {

    @Test
    @DisplayName("RET-1 date-based periods parse as Period (000 §7: 3 years, 10 years, until the event)")
    void datePeriods() {
        assertThat(RetentionPeriods.parse("P3Y")).isEqualTo(Period.ofYears(3));
        assertThat(RetentionPeriods.parse("P10Y")).isEqualTo(Period.ofYears(10));
        assertThat(RetentionPeriods.parse("P0D")).isEqualTo(Period.ZERO);
    }

    @Test
    @DisplayName("RET-1 periods under a day parse as Duration (001 §7: 48 hours)")
    void timePeriods() {
        assertThat(RetentionPeriods.parse("PT48H")).isEqualTo(Duration.ofHours(48));
    }

    @Test
    @DisplayName("RET-1 an empty period means the controller has still to fix it")
    void emptyMeansUnfixed() {
        assertThat(RetentionPeriods.parse(null)).isNull();
        assertThat(RetentionPeriods.parse("")).isNull();
    }
}
