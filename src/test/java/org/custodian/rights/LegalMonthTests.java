package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LegalMonthTests {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("DSR-1 a request received on 30 November 2026 is due on the same date a month later, 30 December")
    void sameDateNextMonth() {
        assertThat(LegalMonth.deadline(day("2026-11-30"), 1)).isEqualTo(day("2026-12-30"));
    }

    @Test
    @DisplayName("DSR-1 received on 31 January 2028 (leap year): the period ends on the last day of February, the 29th")
    void thirtyFirstJanuaryLeapYear() {
        var count = LegalMonth.count(day("2028-01-31"), 1, 0);

        assertThat(count.sameDate()).isEqualTo(day("2028-02-29"));
        assertThat(count.lastDayOfMonth()).isTrue();
        assertThat(count.deadline()).isEqualTo(day("2028-02-29"));
    }

    @Test
    @DisplayName("DSR-1 received on 31 January 2026: 28 February is a Saturday, the deadline is Monday 2 March")
    void thirtyFirstJanuaryOnASaturday() {
        var count = LegalMonth.count(day("2026-01-31"), 1, 0);

        assertThat(count.sameDate()).isEqualTo(day("2026-02-28"));
        assertThat(count.lastDayOfMonth()).isTrue();
        assertThat(count.skipped()).extracting(SkippedDay::day).containsExactly(day("2026-02-28"), day("2026-03-01"));
        assertThat(count.deadline()).isEqualTo(day("2026-03-02"));
    }

    @Test
    @DisplayName("DSR-1 received on 29 February 2028: due on 29 March 2028, the same date exists")
    void twentyNinthFebruary() {
        var count = LegalMonth.count(day("2028-02-29"), 1, 0);

        assertThat(count.lastDayOfMonth()).isFalse();
        assertThat(count.deadline()).isEqualTo(day("2028-03-29"));
    }

    @Test
    @DisplayName("DSR-1 received on 30 January 2027: the period ends on Sunday 28 February, the deadline is Monday 1 March")
    void thirtiethJanuaryOnASunday() {
        var count = LegalMonth.count(day("2027-01-30"), 1, 0);

        assertThat(count.sameDate()).isEqualTo(day("2027-02-28"));
        assertThat(count.skipped()).extracting(SkippedDay::day).containsExactly(day("2027-02-28"));
        assertThat(count.deadline()).isEqualTo(day("2027-03-01"));
    }

    @Test
    @DisplayName("DSR-1 a deadline falling on 14 July 2027 (a Wednesday) moves to Thursday 15 July")
    void nationalDay() {
        var count = LegalMonth.count(day("2027-06-14"), 1, 0);

        assertThat(count.skipped()).containsExactly(new SkippedDay(day("2027-07-14"), PublicHoliday.NATIONAL_DAY));
        assertThat(count.deadline()).isEqualTo(day("2027-07-15"));
    }

    @Test
    @DisplayName("DSR-1 a deadline falling on Easter Monday 2026 (6 April) moves to Tuesday 7 April")
    void easterMonday() {
        var count = LegalMonth.count(day("2026-03-06"), 1, 0);

        assertThat(count.skipped()).containsExactly(new SkippedDay(day("2026-04-06"), PublicHoliday.EASTER_MONDAY));
        assertThat(count.deadline()).isEqualTo(day("2026-04-07"));
    }

    @Test
    @DisplayName("DSR-1 1 May 2026 is a Friday: the holiday, Saturday and Sunday are passed over in a row, Monday 4 May")
    void labourDayThenWeekend() {
        var count = LegalMonth.count(day("2026-04-01"), 1, 0);

        assertThat(count.skipped()).containsExactly(new SkippedDay(day("2026-05-01"), PublicHoliday.LABOUR_DAY),
                new SkippedDay(day("2026-05-02"), null), new SkippedDay(day("2026-05-03"), null));
        assertThat(count.deadline()).isEqualTo(day("2026-05-04"));
    }

    @Test
    @DisplayName("DSR-1 1 May 2027 is a Saturday: a holiday on a weekend moves the deadline to Monday 3 May")
    void labourDayOnASaturday() {
        assertThat(LegalMonth.deadline(day("2027-04-01"), 1)).isEqualTo(day("2027-05-03"));
    }

    @Test
    @DisplayName("DSR-1 a deadline on 8 May 2026 (a Friday) moves past the weekend to Monday 11 May")
    void victoryDay() {
        var count = LegalMonth.count(day("2026-04-08"), 1, 0);

        assertThat(count.skipped()).first().isEqualTo(new SkippedDay(day("2026-05-08"), PublicHoliday.VICTORY_1945));
        assertThat(count.deadline()).isEqualTo(day("2026-05-11"));
    }

    @Test
    @DisplayName("DSR-1 a deadline on a plain Saturday or Sunday moves to the Monday")
    void weekend() {
        assertThat(LegalMonth.deadline(day("2026-09-05"), 1)).as("Saturday 3 October").isEqualTo(day("2026-10-05"));
        assertThat(LegalMonth.deadline(day("2026-09-04"), 1)).as("Sunday 4 October").isEqualTo(day("2026-10-05"));
    }

    @Test
    @DisplayName("DSR-1 Christmas 2027 is a Saturday: the deadline is Monday 27 December (26 December is no holiday)")
    void christmas() {
        assertThat(LegalMonth.deadline(day("2027-11-25"), 1)).isEqualTo(day("2027-12-27"));
    }

    @Test
    @DisplayName("DSR-1 1 January 2027 is a Friday: a request received on 1 December 2026 is due on Monday 4 January")
    void newYear() {
        assertThat(LegalMonth.deadline(day("2026-12-01"), 1)).isEqualTo(day("2027-01-04"));
    }

    @Test
    @DisplayName("DSR-1 three months from 31 July 2026 end on Saturday 31 October; All Saints' Day follows, Monday 2 November")
    void threeMonthsThroughAllSaints() {
        assertThat(LegalMonth.deadline(day("2026-07-31"), 3)).isEqualTo(day("2026-11-02"));
    }

    @Test
    @DisplayName("DSR-1 days of pause move the end of the period before it is brought to a working day")
    void pausedDaysMoveTheEnd() {
        var count = LegalMonth.count(day("2026-11-30"), 1, 10);

        assertThat(count.periodEnd()).isEqualTo(day("2027-01-09"));
        assertThat(count.deadline()).isEqualTo(day("2027-01-11"));
    }
}
