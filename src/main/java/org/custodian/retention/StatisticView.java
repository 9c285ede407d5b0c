package org.custodian.retention;

import java.time.LocalDate;

/**
 * A cell of the anonymised statistics of the persons who left the active base (RET-2).
 *
 * @param leftMonth     the first day of the month they left
 * @param type          {@code CUSTOMER} or {@code PROSPECT}
 * @param audience      {@code CONSUMER} or {@code PROFESSIONAL}
 * @param source        how they came into the file
 * @param collectedYear the year they were collected
 * @param persons       how many, or null when fewer than {@value LeavingStatistics#THRESHOLD}: such a small count
 *                      could single someone out
 */
public record StatisticView(LocalDate leftMonth, String type, String audience, String source, int collectedYear,
        Long persons) {

    /** Whether the count is hidden because it is too small. */
    public boolean fewerThanThreshold() {
        return persons == null;
    }
}
