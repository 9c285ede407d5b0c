package org.custodian.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * PRO-6, RET-4 — 000 §7: a customer's data «may be kept during the commercial relationship, then for a period of three
 * years from the end of the commercial relationship», a prospect's «for a period of three years from their collection
 * … or the last contact from the prospect»; the contract data then go to the intermediate archive «within the limit
 * of the applicable limitation period» ({@link ArchiveTerms}), never for an indefinite period.
 *
 * @param customers how long after the end of the commercial relationship a customer stays in the active base
 * @param prospects how long after collection or the last contact a prospect stays in the active base
 */
record PersonRetention(Period customers, Period prospects) {

    PersonRetention {
        positive(customers, "customers");
        positive(prospects, "prospects");
    }

    /**
     * The day a person leaves the active base: the period after the latest date that counts.
     *
     * @param customer    whether the person bought something (their clock runs from the end of the relationship)
     * @param lastDate    the end of the commercial relationship for a customer; for a prospect, the later of the
     *                    collection and the last contact from them
     */
    LocalDate leavesOn(boolean customer, LocalDate lastDate) {
        return lastDate.plus(customer ? customers : prospects);
    }

    /**
     * The latest date from which a customer has left the active base on {@code day}: the set-based reads compare the
     * stored dates with it, and agree with {@link #leavesOn} to the day, the 29th of February included.
     */
    LocalDate customerCutoff(LocalDate day) {
        return cutoff(day, customers);
    }

    /** The same for a prospect's collection or last contact. */
    LocalDate prospectCutoff(LocalDate day) {
        return cutoff(day, prospects);
    }

    private static LocalDate cutoff(LocalDate day, Period period) {
        var last = day.minus(period);
        while (!last.plusDays(1).plus(period).isAfter(day)) {
            last = last.plusDays(1);
        }
        while (last.plus(period).isAfter(day)) {
            last = last.minusDays(1);
        }
        return last;
    }

    static void positive(Period period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive period");
        }
    }
}
