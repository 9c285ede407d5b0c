package org.custodian.rights.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custodian.rights.DeadlineCount;
import org.custodian.rights.SkippedDay;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a deadline was counted, as sentences the DPO can check step by step (DSR-1): received on, plus one month (or
 * the last day of the month), plus the days of pause, moved past the Saturdays, Sundays and public holidays named.
 */
@Component
class DeadlineExplanation {

    private final MessageSource messages;

    DeadlineExplanation(MessageSource messages) {
        this.messages = messages;
    }

    List<String> lines(DeadlineCount count, Locale locale) {
        var lines = new ArrayList<String>();
        lines.add(message("rights.count.received", locale, day(count.receivedOn(), locale)));
        lines.add(message("rights.count.months", locale, count.months(), day(count.sameDate(), locale)));
        if (count.lastDayOfMonth()) {
            lines.add(message("rights.count.lastDay", locale, day(count.sameDate(), locale)));
        }
        if (count.pausedDays() > 0) {
            lines.add(message("rights.count.paused", locale, count.pausedDays(), day(count.periodEnd(), locale)));
        }
        if (count.moved()) {
            var skipped = count.skipped().stream().map(day -> skipped(day, locale)).toList();
            lines.add(message("rights.count.moved", locale, day(count.deadline(), locale), String.join(", ", skipped)));
        } else {
            lines.add(message("rights.count.noMove", locale, day(count.deadline(), locale)));
        }
        return lines;
    }

    private String skipped(SkippedDay skipped, Locale locale) {
        var date = DateTimeFormatter.ofPattern("d MMMM", locale).format(skipped.day());
        if (skipped.holiday() != null) {
            var weekday = DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(skipped.day());
            return message("rights.count.holiday", locale, weekday,
                    messages.getMessage("rights.holiday." + skipped.holiday(), null, locale));
        }
        return message(skipped.day().getDayOfWeek() == DayOfWeek.SATURDAY ? "rights.count.saturday"
                : "rights.count.sunday", locale, date);
    }

    private static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(day);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
