package org.custodian.prospecting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionEntryView;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionRequest;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The suppression list's API (PRO-3): a web shop's unsubscribe page or customer service's software records an
 * objection, and any system checks an address before it canvasses it.
 */
@RestController
@Tag(name = "Suppression list", description = "Oppositions to prospecting, kept as keyed hashes of the address")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class SuppressionApiController {

    private static final Set<String> API_SOURCES = Set.of("API", "UNSUBSCRIBE_LINK", "IMPORT");

    private final SuppressionList list;

    SuppressionApiController(SuppressionList list) {
        this.list = list;
    }

    @PostMapping(path = "/api/v1/suppressions", consumes = "application/json", produces = "application/json")
    @PreAuthorize(Roles.API)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put an objection on the suppression list", description = "The e-mail address and the phone "
            + "number are each hashed (HMAC-SHA256, key outside the database) and one entry per value is kept for the "
            + "channel; sending the same objection again keeps one entry, dated by the latest. No campaign reaches the "
            + "address on that channel afterwards, unless the person gives a consent later. Audited. Roles: SALES, "
            + "SUPPORT, MARKETING, DPO.")
    @ApiResponse(responseCode = "201", description = "Recorded; the entries as they stand, without the address")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (neither email nor phone, malformed "
            + "address or number, unknown channel or source, a reason holding an address or a number, unknown "
            + "property); nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Entries add(@RequestBody SuppressionApiRequest request) {
        var violations = new ArrayList<Violation>();
        var channel = parse(SuppressionChannel.class, request.channel(), "channel", violations);
        var source = request.source() == null ? SuppressionSource.API : null;
        if (request.source() != null) {
            if (API_SOURCES.contains(request.source())) {
                source = SuppressionSource.valueOf(request.source());
            } else {
                violations.add(new Violation("source", "format", "prospecting.suppression.error.source", List.of()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidSuppressionInput(violations);
        }
        return new Entries(list.add(new SuppressionRequest(request.email(), request.phone(), channel, source,
                request.reason())));
    }

    @PostMapping(path = "/api/v1/suppressions/lookup", consumes = "application/json", produces = "application/json")
    @PreAuthorize(Roles.API)
    @Operation(summary = "Is this address on the suppression list?", description = "A POST so that the address stays "
            + "out of URLs and access logs. Answers listed and the entries of the address and of the phone on every "
            + "channel (channel, date, source), never an address. Whether a later consent lifts an entry is decided "
            + "per person at send time. Audited as a read. Roles: SALES, SUPPORT, MARKETING, DPO.")
    @ApiResponse(responseCode = "200", description = "What the list holds for the address")
    @ApiResponse(responseCode = "400", description = "Neither email nor phone, or one malformed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Lookup lookup(@RequestBody SuppressionLookupRequest request) {
        var found = list.lookup(request.email(), request.phone());
        return new Lookup(!found.isEmpty(), found);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required", "prospecting.suppression.error." + field, List.of()));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            violations.add(new Violation(field, "format", "prospecting.suppression.error." + field, List.of()));
            return null;
        }
    }

    /** The entries recorded. */
    record Entries(List<SuppressionEntryView> entries) {
    }

    /** What the list holds for an address. */
    record Lookup(boolean listed, List<SuppressionEntryView> entries) {
    }

    /** Fields of the request the API itself refuses (an unknown channel or source). */
    static final class InvalidSuppressionInput extends RuntimeException {

        private final transient List<Violation> violations;

        InvalidSuppressionInput(List<Violation> violations) {
            super("Invalid suppression request");
            this.violations = List.copyOf(violations);
        }

        List<Violation> violations() {
            return violations;
        }
    }
}
