package org.custodian.rights.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.rights.Candidate;
import org.custodian.rights.MatchedPerson;
import org.custodian.rights.PauseView;
import org.custodian.rights.RequestSummary;
import org.custodian.rights.RightsRequestView;

/** A rights request as the API shows it. */
@Schema(name = "RightsRequest")
record RightsRequestResource(UUID id, String kind, String channel, LocalDate receivedOn, String email,
        String firstNames, String lastName, String postcode, String phone, String message,
        @Schema(description = "The requester's language: their mails, answer letter and access package are in it",
                allowableValues = {"fr", "en"}) String language,
        @Schema(allowableValues = {"RECEIVED", "WAITING_FOR_PERSON", "ANSWERED", "REFUSED"}) String status,
        @Schema(description = "The last day to answer, as of today: one month from receipt (Regulation 1182/71), three "
                + "once extended, moved by the days the request waited for the person, then to a working day")
        LocalDate deadline,
        @Schema(description = "The end of the first month: the last day the period may be extended")
        LocalDate firstDeadline,
        @Schema(description = "The deadline told to the person when the period was extended; null otherwise")
        LocalDate extendedDeadline,
        String extensionReason, Instant extensionToldAt,
        @Schema(description = "Whether the deadline has passed and the request is not answered") boolean late,
        @Schema(description = "Days from today to the deadline; negative once late") long daysLeft,
        @Schema(description = "Whether the request waits for the person (its deadline is paused)") boolean paused,
        List<Pause> pauses, List<Match> matchedPersons, String createdBy, Instant createdAt) {

    static RightsRequestResource of(RightsRequestView view) {
        return new RightsRequestResource(view.id(), view.kind().name(), view.channel().name(), view.receivedOn(),
                view.email(), view.firstNames(), view.lastName(), view.postcode(), view.phone(), view.message(),
                view.language().getLanguage(), view.status().name(), view.deadline(), view.firstDeadline(), view.extendedUntil(),
                view.extensionReason(), view.extensionToldAt(), view.late(), view.daysLeft(), view.waiting(),
                view.pauses().stream().map(Pause::of).toList(), view.matches().stream().map(Match::of).toList(),
                view.createdBy(), view.createdAt());
    }

    /** A time the request waited for the person. */
    @Schema(name = "RightsRequestPause")
    record Pause(String reason, LocalDate pausedOn, LocalDate resumedOn,
            @Schema(description = "Days added to the deadline (up to today while it runs)") long days) {

        static Pause of(PauseView pause) {
            return new Pause(pause.reason(), pause.pausedOn(), pause.resumedOn(), pause.days());
        }
    }

    /** A person of the file a human confirmed the requester to be. */
    @Schema(name = "RightsRequestMatch")
    record Match(UUID personId,
            @Schema(allowableValues = {"EMAIL", "PHONE", "NAME_POSTCODE", "NAME", "STAFF_CHOICE"}) String matchedBy,
            @Schema(allowableValues = {"HIGH", "MEDIUM", "LOW", "NONE"}) String confidence, String confirmedBy,
            Instant confirmedAt) {

        static Match of(MatchedPerson match) {
            return new Match(match.personId().value(), match.matchedBy().name(), match.confidence().name(),
                    match.confirmedBy(), match.confirmedAt());
        }
    }

    /** A person of the file who may be the requester. */
    @Schema(name = "RightsRequestCandidate")
    record CandidateResource(UUID personId, String name, String email, String phone,
            @Schema(allowableValues = {"EMAIL", "PHONE", "NAME_POSTCODE", "NAME", "STAFF_CHOICE"}) String matchedBy,
            @Schema(allowableValues = {"HIGH", "MEDIUM", "LOW", "NONE"}) String confidence,
            @Schema(description = "Whether a human already confirmed this person") boolean matched) {

        static CandidateResource of(Candidate candidate) {
            return new CandidateResource(candidate.personId().value(), candidate.name(), candidate.email(),
                    candidate.phone(), candidate.matchedBy().name(), candidate.confidence().name(),
                    candidate.matched());
        }
    }

    /** One line of the list. */
    @Schema(name = "RightsRequestSummary")
    record Summary(UUID id, String kind, String channel, LocalDate receivedOn, String requester, String status,
            LocalDate deadline, boolean extended, boolean late, long daysLeft, int matchedPersons) {

        static Summary of(RequestSummary summary) {
            return new Summary(summary.id(), summary.kind().name(), summary.channel().name(), summary.receivedOn(),
                    summary.requester(), summary.status().name(), summary.deadline(), summary.extended(),
                    summary.late(), summary.daysLeft(), summary.matched());
        }
    }

    /** One page of the list. */
    @Schema(name = "RightsRequestPage")
    record Page(List<Summary> content, int page, int size, long totalElements, int totalPages) {

        static Page of(org.custodian.shared.Page<RequestSummary> result) {
            return new Page(result.content().stream().map(Summary::of).toList(), result.page(), result.size(),
                    result.total(), result.totalPages());
        }
    }
}
