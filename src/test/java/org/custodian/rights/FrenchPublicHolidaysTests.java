package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPublicHolidaysTests {

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25", "2019-04-21", "2000-04-23",
        "1818-03-22", "2285-03-22", "1943-04-25"})
    @DisplayName("DSR-1 Easter Sunday by the anonymous Gregorian algorithm, including its earliest and latest dates")
    void easter(LocalDate easter) {
        assertThat(FrenchPublicHolidays.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @Test
    @DisplayName("DSR-1 the eleven public holidays of 2026, Easter-based ones included")
    void holidaysOf2026() {
        assertThat(FrenchPublicHolidays.of(2026)).containsOnlyKeys(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-05-08"), LocalDate.parse("2026-05-14"), LocalDate.parse("2026-05-25"),
                LocalDate.parse("2026-07-14"), LocalDate.parse("2026-08-15"), LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-11"), LocalDate.parse("2026-12-25"));
    }

    @Test
    @DisplayName("DSR-1 Easter Monday, Ascension Thursday and Whit Monday follow Easter: 2027")
    void easterBasedHolidaysOf2027() {
        assertThat(FrenchPublicHolidays.holiday(LocalDate.parse("2027-03-29"))).contains(PublicHoliday.EASTER_MONDAY);
        assertThat(FrenchPublicHolidays.holiday(LocalDate.parse("2027-05-06"))).contains(PublicHoliday.ASCENSION);
        assertThat(FrenchPublicHolidays.holiday(LocalDate.parse("2027-05-17"))).contains(PublicHoliday.WHIT_MONDAY);
    }

    @Test
    @DisplayName("DSR-1 Good Friday and 26 December (Alsace-Moselle only) are working days")
    void localHolidaysAreNotCounted() {
        assertThat(FrenchPublicHolidays.isWorkingDay(LocalDate.parse("2026-04-03"))).isTrue();
        assertThat(FrenchPublicHolidays.isWorkingDay(LocalDate.parse("2029-12-26"))).isTrue();
    }

    @Test
    @DisplayName("DSR-1 Saturdays, Sundays and public holidays are not working days")
    void nonWorkingDays() {
        assertThat(FrenchPublicHolidays.isWorkingDay(LocalDate.parse("2026-02-28"))).as("Saturday").isFalse();
        assertThat(FrenchPublicHolidays.isWorkingDay(LocalDate.parse("2026-03-01"))).as("Sunday").isFalse();
        assertThat(FrenchPublicHolidays.isWorkingDay(LocalDate.parse("2026-07-14"))).as("14 July").isFalse();
        assertThat(FrenchPublicHolidays.isWorkingDay(LocalDate.parse("2026-03-02"))).as("Monday").isTrue();
    }
}
