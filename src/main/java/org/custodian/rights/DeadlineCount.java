package org.custodian.rights;

import java.time.LocalDate;
import java.util.List;

/**
 * How a deadline was counted, step by step, so that the DPO can check it (DSR-1): the day of receipt, the months
 * added, whether that date did not exist in the last month, the days of pause added, and the days passed over to
 * reach a working day.
 *
 * @param receivedOn     the day the request was received (not counted: the period starts the day after)
 * @param months         1, or 3 once extended
 * @param sameDate       the same date {@code months} later, or the last day of that month when the date does not
 *                       exist there
 * @param lastDayOfMonth whether {@code sameDate} is the last day of the month because the date does not exist
 * @param pausedDays     days during which the request waited for the person (identity proof, clarification)
 * @param periodEnd      {@code sameDate} moved by the paused days
 * @param skipped        the Saturdays, Sundays and public holidays passed over after {@code periodEnd}
 * @param deadline       the last day to answer: {@code periodEnd}, or the next working day after it
 */
public record DeadlineCount(LocalDate receivedOn, int months, LocalDate sameDate, boolean lastDayOfMonth,
        long pausedDays, LocalDate periodEnd, List<SkippedDay> skipped, LocalDate deadline) {

    public DeadlineCount {
        skipped = List.copyOf(skipped);
    }

    /** Whether the deadline was moved to a later working day. */
    public boolean moved() {
        return !skipped.isEmpty();
    }
}
