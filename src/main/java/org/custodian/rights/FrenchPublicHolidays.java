package org.custodian.rights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DSR-1: the French public holidays of the Labour Code (art. L3133-1), computed for any year: 1 January, Easter
 * Monday, 1 May, 8 May, Ascension Thursday, Whit Monday, 14 July, 15 August, 1 November, 11 November and 25 December.
 * Easter Sunday is computed by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). The two further days of
 * Alsace and Moselle (Good Friday, 26 December) are local and not counted: a deadline owed to any person in France
 * ends on the same day everywhere.
 */
final class FrenchPublicHolidays {

    private FrenchPublicHolidays() {
    }

    /** Easter Sunday of a year of the Gregorian calendar (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The eleven public holidays of a year, in date order. */
    static Map<LocalDate, PublicHoliday> of(int year) {
        var easter = easterSunday(year);
        var days = new TreeMap<LocalDate, PublicHoliday>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), PublicHoliday.NEW_YEAR);
        days.put(easter.plusDays(1), PublicHoliday.EASTER_MONDAY);
        days.put(LocalDate.of(year, Month.MAY, 1), PublicHoliday.LABOUR_DAY);
        days.put(LocalDate.of(year, Month.MAY, 8), PublicHoliday.VICTORY_1945);
        days.put(easter.plusDays(39), PublicHoliday.ASCENSION);
        days.put(easter.plusDays(50), PublicHoliday.WHIT_MONDAY);
        days.put(LocalDate.of(year, Month.JULY, 14), PublicHoliday.NATIONAL_DAY);
        days.put(LocalDate.of(year, Month.AUGUST, 15), PublicHoliday.ASSUMPTION);
        days.put(LocalDate.of(year, Month.NOVEMBER, 1), PublicHoliday.ALL_SAINTS);
        days.put(LocalDate.of(year, Month.NOVEMBER, 11), PublicHoliday.ARMISTICE_1918);
        days.put(LocalDate.of(year, Month.DECEMBER, 25), PublicHoliday.CHRISTMAS);
        return days;
    }

    /** The public holiday falling on this day, if any. */
    static Optional<PublicHoliday> holiday(LocalDate day) {
        return Optional.ofNullable(of(day.getYear()).get(day));
    }

    /** Whether the day is a working day: neither a Saturday, nor a Sunday, nor a public holiday. */
    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && holiday(day).isEmpty();
    }
}
