package org.custodian.rights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RequestFilter;
import org.custodian.rights.RightsKind;
import org.custodian.rights.IdentityProofs;
import org.custodian.rights.RightsRequests;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The rights requests' API (DSR-1, DSR-2): a web shop or customer service's software records a request with its
 * date of receipt and gets its legal deadline; the DPO lists, reads, matches, extends and pauses them.
 */
@RestController
@RequestMapping(path = "/api/v1/rights-requests", produces = "application/json")
@Tag(name = "Rights requests", description = "Data-subject rights requests and their legal deadline")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class RightsRequestApiController {

    private final RightsRequests requests;
    private final IdentityProofs identityProofs;

    RightsRequestApiController(RightsRequests requests, IdentityProofs identityProofs) {
        this.requests = requests;
        this.identityProofs = identityProofs;
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize(Roles.RECORD)
    @Operation(summary = "Record a rights request", description = "The deadline is one month from the day of receipt "
            + "as Regulation 1182/71 counts it (the same date next month, the last day of the month when that date does "
            + "not exist, then the next working day after a Saturday, Sunday or French public holiday). Audited. "
            + "Roles: DPO, SUPPORT.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the request, the body holds its id and "
            + "deadline")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (unknown kind or channel, missing or "
            + "future date of receipt, neither a last name nor an e-mail address, malformed address, too long, a "
            + "language other than fr or en, unknown property); nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RightsRequestResource> create(@RequestBody RightsRequestApiRequest request) {
        var violations = new ArrayList<Violation>();
        var kind = parse(RightsKind.class, request.kind(), "kind", violations);
        var channel = parse(RequestChannel.class, request.channel(), "channel", violations);
        var data = new NewRightsRequest(kind, channel, request.receivedOn(), request.email(), request.firstNames(),
                request.lastName(), request.postcode(), request.phone(), request.message(),
                language(request.language()));
        if (!violations.isEmpty()) {
            requests.check(data).stream()
                    .filter(violation -> !violation.field().equals("kind") && !violation.field().equals("channel"))
                    .forEach(violations::add);
            throw new InvalidInput(violations);
        }
        var created = requests.create(data);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(RightsRequestResource.of(created));
    }

    @GetMapping
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "List the rights requests", description = "Open ones first, by deadline. status: "
            + "DUE_THIS_WEEK (due today or within six days), LATE, WAITING (waiting for the person), OPEN (default) or "
            + "ALL; q searches the requester's names, e-mail and phone. Audited as a search, without q. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "One page of requests")
    @ApiResponse(responseCode = "400", description = "Unknown status",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RightsRequestResource.Page list(
            @RequestParam(required = false) @Parameter(schema = @Schema(allowableValues = {"DUE_THIS_WEEK", "LATE",
                "WAITING", "OPEN", "ALL"})) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var violations = new ArrayList<Violation>();
        var filter = status == null || status.isBlank() ? RequestFilter.OPEN
                : parse(RequestFilter.class, status, "status", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return RightsRequestResource.Page.of(requests.list(filter, q, PageRequest.of(page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Read a rights request", description = "Its status, deadline as of today, extended deadline, "
            + "pauses and matched persons. Audited as a read. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RightsRequestResource get(@PathVariable UUID id) {
        return RightsRequestResource.of(requests.get(id));
    }

    @GetMapping("/{id}/candidates")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Persons of the file who may be the requester", description = "The surest first: the same "
            + "e-mail address (HIGH), the same phone (MEDIUM), the same names with the postcode in the address (MEDIUM) "
            + "or without it (LOW). Nothing is matched until a human confirms one. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The candidates")
    @ApiResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<RightsRequestResource.CandidateResource> candidates(@PathVariable UUID id) {
        return requests.candidates(id).stream().map(RightsRequestResource.CandidateResource::of).toList();
    }

    @PostMapping(path = "/{id}/match", consumes = "application/json")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Confirm that a person of the file is the requester", description = "Several records of one "
            + "person are confirmed one by one, never merged; confirming the same person again changes nothing. "
            + "Audited. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The request with its matched persons")
    @ApiResponse(responseCode = "400", description = "No personId, no such person, the request is closed, or an "
            + "unknown property",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RightsRequestResource match(@PathVariable UUID id, @RequestBody MatchApiRequest request) {
        if (request.personId() == null) {
            throw new InvalidInput(List.of(new Violation("personId", "required", "rights.error.required", List.of())));
        }
        return RightsRequestResource.of(requests.match(id, new PersonId(request.personId())));
    }

    @PostMapping(path = "/{id}/extend", consumes = "application/json")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Extend the period by two months", description = "GDPR Art. 12(3): once, before the first "
            + "month ends, with a reason mailed to the requester with the new date (three months from receipt, by the "
            + "same rule). Audited. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The request with its extended deadline")
    @ApiResponse(responseCode = "400", description = "No reason, too late (the first month has ended), already "
            + "extended, closed, or no e-mail address to tell the requester",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RightsRequestResource extend(@PathVariable UUID id, @RequestBody ReasonApiRequest request) {
        return RightsRequestResource.of(requests.extend(id, request.reason()));
    }

    @PostMapping(path = "/{id}/identity-check", consumes = "application/json")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Ask the requester for a proof of identity", description = "DSR-2: only on a reasonable "
            + "doubt, whose reason is written down and mailed to the requester. The request then waits for the person "
            + "and its deadline is paused until resume. Audited. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The request, waiting for the person")
    @ApiResponse(responseCode = "400", description = "No reason, already waiting, closed, or no e-mail address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RightsRequestResource identityCheck(@PathVariable UUID id, @RequestBody ReasonApiRequest request) {
        return RightsRequestResource.of(identityProofs.ask(id, request.reason()));
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "The person answered: the deadline runs again", description = "The pause ends today and its "
            + "days are added to the deadline. Audited. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The request with its new deadline")
    @ApiResponse(responseCode = "400", description = "The request is not waiting for the person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RightsRequestResource resume(@PathVariable UUID id) {
        return RightsRequestResource.of(requests.resume(id));
    }

    /** The language as typed; the facade refuses one that is neither fr nor en. */
    private static Locale language(String value) {
        return value == null || value.isBlank() ? null
                : Locale.forLanguageTag(value.strip().toLowerCase(Locale.ROOT));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required", "rights.error.required", List.of()));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            violations.add(new Violation(field, "format", "rights.error.value." + field, List.of()));
            return null;
        }
    }

    /** Fields the API itself refuses (an unknown kind, channel or status). */
    static final class InvalidInput extends RuntimeException {

        private final transient List<Violation> violations;

        InvalidInput(List<Violation> violations) {
            super("Invalid rights request input");
            this.violations = List.copyOf(violations);
        }

        List<Violation> violations() {
            return violations;
        }
    }
}
