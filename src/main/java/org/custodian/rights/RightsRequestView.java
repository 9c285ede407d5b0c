package org.custodian.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One request as the DPO sees it (DSR-1, DSR-2): the requester as they presented themselves, where it stands, its
 * deadline today with how it was counted, its extension and pauses, and the persons of the file matched to it.
 *
 * @param language      the requester's language: their mails, the answer letter and the access package are in it
 * @param deadline      the last day to answer, as of today
 * @param count         how {@code deadline} was counted
 * @param firstDeadline the end of the first month (pauses included): the last day to extend
 * @param extendedUntil the deadline told to the person when the period was extended, or null
 * @param late          whether the deadline has passed while the request is open
 * @param daysLeft      days from today to the deadline (negative once late)
 * @param mayExtend     whether the period may still be extended (once, before the first month ends)
 */
public record RightsRequestView(UUID id, RightsKind kind, RequestChannel channel, LocalDate receivedOn, String email,
        String firstNames, String lastName, String postcode, String phone, String message, Locale language,
        RequestStatus status,
        LocalDate deadline, DeadlineCount count, LocalDate firstDeadline, LocalDate extendedUntil,
        String extensionReason, Instant extensionToldAt, List<PauseView> pauses, List<MatchedPerson> matches,
        boolean late, long daysLeft, boolean dueThisWeek, boolean mayExtend, String createdBy, Instant createdAt,
        Instant updatedAt, Instant answeredAt) {

    public RightsRequestView {
        pauses = List.copyOf(pauses);
        matches = List.copyOf(matches);
    }

    /** The requester's name as they gave it, or their address when they gave no name. */
    public String requester() {
        return RequestSummary.requester(firstNames, lastName, email);
    }

    /** Whether the request waits for the person now. */
    public boolean waiting() {
        return status == RequestStatus.WAITING_FOR_PERSON;
    }
}
