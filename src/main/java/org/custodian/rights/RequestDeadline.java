package org.custodian.rights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * DSR-1: the deadline of a request, derived, never stored as a decision: from the day of receipt, one month counted
 * by {@link LegalMonth}; three months once extended (GDPR Art. 12(3): «That period may be extended by two further
 * months where necessary», counted from the receipt by the same rule, not from the first deadline); and moved by the
 * days the request waited for the person.
 * <p>
 * <b>Pauses — our reading.</b> While the DPO waits for a proof of identity asked on reasonable doubt (Art. 12(6)) or a
 * clarification, the request cannot be answered: the days from the day the question was asked to the day the
 * answer came (that day not counted) are added to the period, as if the clock had stopped, and the end so moved is
 * then brought to a working day. A question asked and answered the same day adds nothing; a pause still running
 * counts up to today, so that its deadline moves forward each day it lasts. A pause cannot undo lateness: a request
 * already late when the question is asked stays late by as many days.
 *
 * @param first    the one-month count, with the pauses
 * @param current  the count in force: {@code first}, or the three-month count once extended
 * @param extended whether the period was extended
 * @param paused   whether the request is waiting for the person now
 */
record RequestDeadline(DeadlineCount first, DeadlineCount current, boolean extended, boolean paused) {

    /** How many days ahead a deadline counts as due this week: today and the six days after it. */
    static final int WEEK = 7;

    /**
     * @param receivedOn   the day the request was received, as stated
     * @param extended     whether the period was extended by two months
     * @param pausedDays   the days of the pauses that have ended
     * @param pausedSince  the day the running pause began, or null when the request is not waiting
     * @param today        the day of the question, in the organisation's time zone
     */
    static RequestDeadline derive(LocalDate receivedOn, boolean extended, long pausedDays, LocalDate pausedSince,
            LocalDate today) {
        var paused = pausedSince != null;
        var days = pausedDays + (paused ? daysPaused(pausedSince, today) : 0);
        var first = LegalMonth.count(receivedOn, 1, days);
        var current = extended ? LegalMonth.count(receivedOn, 3, days) : first;
        return new RequestDeadline(first, current, extended, paused);
    }

    /** The days a pause adds: from the day the person was asked to the day they answered, that day not counted. */
    static long daysPaused(LocalDate pausedOn, LocalDate resumedOn) {
        return Math.max(0, ChronoUnit.DAYS.between(pausedOn, resumedOn));
    }

    /** The last day to answer. */
    LocalDate deadline() {
        return current.deadline();
    }

    /** Whether the last day to answer has passed. */
    boolean lateAt(LocalDate today) {
        return today.isAfter(deadline());
    }

    /** Days from today to the deadline: 0 on the last day, negative once late. */
    long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline());
    }

    /** Whether the deadline falls today or within the six days after, and the request is not waiting. */
    boolean dueThisWeek(LocalDate today) {
        var left = daysLeft(today);
        return !paused && left >= 0 && left < WEEK;
    }

    /**
     * Whether the period may still be extended: once only, and before the first month has ended, since the person
     * must be told of the extension and its reason within that month (Art. 12(3)).
     */
    boolean mayExtend(LocalDate today) {
        return !extended && !today.isAfter(first.deadline());
    }
}
