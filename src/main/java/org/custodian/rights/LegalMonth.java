package org.custodian.rights;

import java.time.LocalDate;
import java.util.ArrayList;

/**
 * DSR-1: a period of one or more months counted as Regulation (EEC, Euratom) No 1182/71 determining the rules
 * applicable to periods, dates and time limits counts it, the rule the EDPB applies to the month of GDPR Art. 12(3)
 * (Guidelines 01/2022 on the right of access; spec DSR-1):
 * <blockquote>art. 3(1): «Where a period expressed in days, weeks, months or years is to be calculated from the
 * moment at which an event occurs or an action takes place, the day during which that event occurs or that action
 * takes place shall not be considered as falling within the period in question.»<br>
 * art. 3(2)(c): «a period expressed in weeks, months or years shall start at the beginning of the first hour of the
 * first day of the period, and shall end with the expiry of the last hour of whichever day in the last week, month or
 * year is the same day of the week, or falls on the same date, as the day from which the period runs. If, in a period
 * expressed in months or in years, the day on which it should expire does not occur in the last month, the period
 * shall end with the expiry of the last hour of the last day of that month»;<br>
 * art. 3(4): «Where the last day of a period expressed otherwise than in hours is a public holiday, Sunday or
 * Saturday, the period shall end with the expiry of the last hour of the following working day.»</blockquote>
 * Received on 31 January, the period ends on the last day of February; ending on a Saturday, a Sunday or a French
 * public holiday ({@link FrenchPublicHolidays}), it ends on the next working day, passing over every such day in a
 * row (1 May on a Saturday: Monday 3 May).
 */
final class LegalMonth {

    private LegalMonth() {
    }

    /** The last day to answer a request received on {@code receivedOn}, {@code months} months later. */
    static LocalDate deadline(LocalDate receivedOn, int months) {
        return count(receivedOn, months, 0).deadline();
    }

    /**
     * The deadline with each step of its count; {@code pausedDays} days during which the request waited for the
     * person move the end of the period before it is brought to a working day ({@link RequestDeadline}).
     */
    static DeadlineCount count(LocalDate receivedOn, int months, long pausedDays) {
        if (months < 1) {
            throw new IllegalArgumentException("A period of at least one month");
        }
        if (pausedDays < 0) {
            throw new IllegalArgumentException("Paused days cannot be negative");
        }
        // plusMonths keeps the date, or takes the last day of the month where the date does not exist: art. 3(2)(c).
        var sameDate = receivedOn.plusMonths(months);
        var lastDayOfMonth = sameDate.getDayOfMonth() != receivedOn.getDayOfMonth();
        var periodEnd = sameDate.plusDays(pausedDays);
        var skipped = new ArrayList<SkippedDay>();
        var deadline = periodEnd;
        while (!FrenchPublicHolidays.isWorkingDay(deadline)) {
            skipped.add(new SkippedDay(deadline, FrenchPublicHolidays.holiday(deadline).orElse(null)));
            deadline = deadline.plusDays(1);
        }
        return new DeadlineCount(receivedOn, months, sameDate, lastDayOfMonth, pausedDays, periodEnd, skipped,
                deadline);
    }
}
