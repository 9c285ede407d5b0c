package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestDeadlineTests {

    private static final LocalDate RECEIVED = LocalDate.parse("2026-11-30");

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static RequestDeadline plain(LocalDate today) {
        return RequestDeadline.derive(RECEIVED, false, 0, null, today);
    }

    @Test
    @DisplayName("DSR-1 on its last day a request is due today, not late; the day after, it is late")
    void lateTheDayAfter() {
        assertThat(plain(day("2026-12-30")).lateAt(day("2026-12-30"))).isFalse();
        assertThat(plain(day("2026-12-30")).daysLeft(day("2026-12-30"))).isZero();
        assertThat(plain(day("2026-12-31")).lateAt(day("2026-12-31"))).isTrue();
        assertThat(plain(day("2026-12-31")).daysLeft(day("2026-12-31"))).isEqualTo(-1);
    }

    @Test
    @DisplayName("DSR-1 a request is due this week from six days before its deadline, not seven")
    void dueThisWeek() {
        assertThat(plain(day("2026-12-23")).dueThisWeek(day("2026-12-23"))).isFalse();
        assertThat(plain(day("2026-12-24")).dueThisWeek(day("2026-12-24"))).isTrue();
        assertThat(plain(day("2026-12-31")).dueThisWeek(day("2026-12-31"))).as("late").isFalse();
    }

    @Test
    @DisplayName("DSR-1 an extension gives three months from receipt by the same rule: 31 July to Monday 2 November")
    void extensionCountsThreeMonthsFromReceipt() {
        var deadline = RequestDeadline.derive(day("2026-07-31"), true, 0, null, day("2026-08-10"));

        assertThat(deadline.first().deadline()).isEqualTo(day("2026-08-31"));
        assertThat(deadline.deadline()).isEqualTo(day("2026-11-02"));
        assertThat(deadline.current().months()).isEqualTo(3);
    }

    @Test
    @DisplayName("DSR-1 the period may be extended up to the last day of the first month, not after, and once only")
    void extensionOnlyBeforeTheFirstDeadline() {
        var received = day("2026-07-31");

        assertThat(RequestDeadline.derive(received, false, 0, null, day("2026-08-31")).mayExtend(day("2026-08-31")))
                .isTrue();
        assertThat(RequestDeadline.derive(received, false, 0, null, day("2026-09-01")).mayExtend(day("2026-09-01")))
                .isFalse();
        assertThat(RequestDeadline.derive(received, true, 0, null, day("2026-08-10")).mayExtend(day("2026-08-10")))
                .isFalse();
    }

    @Test
    @DisplayName("DSR-1 DSR-2 ten days waiting for an identity proof move the deadline by ten days, then to a working day")
    void closedPauseMovesTheDeadline() {
        var deadline = RequestDeadline.derive(RECEIVED, false,
                RequestDeadline.daysPaused(day("2026-12-01"), day("2026-12-11")), null, day("2026-12-15"));

        assertThat(deadline.first().pausedDays()).isEqualTo(10);
        assertThat(deadline.deadline()).as("9 January 2027 is a Saturday").isEqualTo(day("2027-01-11"));
        assertThat(deadline.paused()).isFalse();
    }

    @Test
    @DisplayName("DSR-2 a question asked and answered the same day adds nothing")
    void sameDayPause() {
        var deadline = RequestDeadline.derive(RECEIVED, false,
                RequestDeadline.daysPaused(day("2026-12-01"), day("2026-12-01")), null, day("2026-12-15"));

        assertThat(deadline.deadline()).isEqualTo(day("2026-12-30"));
    }

    @Test
    @DisplayName("DSR-2 while the request waits for the person, its deadline moves forward each day and it is not due")
    void runningPause() {
        var since = day("2026-12-01");

        var deadline = RequestDeadline.derive(RECEIVED, false, 0, since, day("2026-12-05"));

        assertThat(deadline.paused()).isTrue();
        assertThat(deadline.deadline()).as("3 January 2027 is a Sunday").isEqualTo(day("2027-01-04"));
        assertThat(RequestDeadline.derive(RECEIVED, false, 0, since, day("2026-12-29")).dueThisWeek(day("2026-12-29")))
                .isFalse();
    }

    @Test
    @DisplayName("DSR-2 a closed pause and a running one add up")
    void closedAndRunningPausesAddUp() {
        var deadline = RequestDeadline.derive(RECEIVED, false, 2, day("2026-12-10"), day("2026-12-13"));

        assertThat(deadline.first().pausedDays()).isEqualTo(5);
        assertThat(deadline.deadline()).as("4 January 2027").isEqualTo(day("2027-01-04"));
    }

    @Test
    @DisplayName("DSR-1 a pause asked once the request is late does not make it on time")
    void pauseDoesNotUndoLateness() {
        var deadline = RequestDeadline.derive(RECEIVED, false, 0, day("2027-01-05"), day("2027-01-08"));

        assertThat(deadline.lateAt(day("2027-01-08"))).isTrue();
    }

    @Test
    @DisplayName("DSR-1 DSR-2 pauses count for the extended period too")
    void pauseMovesTheExtendedDeadline() {
        var deadline = RequestDeadline.derive(RECEIVED, true, 3, null, day("2026-12-15"));

        assertThat(deadline.deadline()).as("28 February 2027, the last day, + 3 days").isEqualTo(day("2027-03-03"));
    }
}
