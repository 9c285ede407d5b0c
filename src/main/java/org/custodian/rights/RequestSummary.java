package org.custodian.rights;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * One line of the DPO's list (DSR-1).
 *
 * @param deadline the last day to answer, as of today (a running pause counted)
 * @param late     whether the deadline has passed while the request is open
 * @param matched  how many persons of the file were matched to it
 */
public record RequestSummary(UUID id, RightsKind kind, RequestChannel channel, LocalDate receivedOn,
        String requester, String email, RequestStatus status, LocalDate deadline, boolean extended, boolean late,
        long daysLeft, boolean dueThisWeek, int matched) {

    static String requester(String firstNames, String lastName, String email) {
        if (lastName == null) {
            return firstNames != null ? firstNames : email;
        }
        var last = lastName.toUpperCase(Locale.FRENCH);
        return firstNames == null ? last : last + " " + firstNames;
    }
}
