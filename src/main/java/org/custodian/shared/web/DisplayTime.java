package org.custodian.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows stored instants (always UTC) in the organisation's time zone and the reader's language;
 * templates call it as {@code ${@displayTime.format(instant)}}.
 */
@Component("displayTime")
public class DisplayTime {

    private final ZoneId zone;

    DisplayTime(@Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Date and time, e.g. "23/11/2026 14:32" in French; empty for null.
     */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zone)
                .format(instant);
    }

    /**
     * The day, e.g. "23/11/2026" in French; empty for null.
     */
    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zone)
                .format(instant);
    }

    /**
     * The time of day, e.g. "14:32"; empty for null.
     */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zone)
                .format(instant);
    }

    /**
     * The zone used for display and for the organisation's calendar days.
     */
    public ZoneId zone() {
        return zone;
    }
}
