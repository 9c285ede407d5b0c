package org.custodian.contacts.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.contacts.Restriction;
import org.custodian.contacts.RestrictionGround;
import org.custodian.contacts.Restrictions;
import org.custodian.shared.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The restriction of processing through the API (DSR-5): read whether a person's data is frozen, place a
 * restriction, lift it. Same roles and checks as the person page; every change in the person's history and the audit
 * log.
 */
@RestController
@RequestMapping(path = "/api/v1/persons/{id}/restriction", produces = "application/json")
@Tag(name = "Restriction", description = "Restriction of processing (GDPR art. 18)")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
@ApiResponse(responseCode = "404", description = "No such person",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class RestrictionApiController {

    private final Restrictions restrictions;

    RestrictionApiController(Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    @GetMapping
    @PreAuthorize(Roles.READ)
    @Operation(summary = "Whether the processing of a person's data is restricted", description = "The restriction "
            + "in force (null when none) and every restriction so far, the latest first. Roles: SALES, SUPPORT, "
            + "MARKETING, ACCOUNTING, DPO.")
    @ApiResponse(responseCode = "200", description = "The restriction state")
    RestrictionState state(@PathVariable PersonId id) {
        var history = restrictions.history(id);
        var inForce = history.stream().filter(Restriction::inForce).findFirst().map(RestrictionResource::of)
                .orElse(null);
        return new RestrictionState(inForce, history.stream().map(RestrictionResource::of).toList());
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize(Roles.RESTRICT)
    @Operation(summary = "Restrict the processing of a person's data", description = "At the person's request, on one "
            + "of the grounds of GDPR art. 18(1): ACCURACY_CONTESTED, UNLAWFUL_PROCESSING, LEGAL_CLAIMS, "
            + "OBJECTION_PENDING. From now on no campaign reaches the person, a campaign message already written is "
            + "not delivered, and the exports of the file leave them out. Role: DPO.")
    @ApiResponse(responseCode = "201", description = "Placed: the restriction")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (ground unknown or missing, reason "
            + "missing or over 1,000 characters, a restriction already in force, unknown property)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RestrictionResource> restrict(@PathVariable PersonId id, @RequestBody RestrictRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(RestrictionResource.of(restrictions.restrict(id, request.ground(), request.reason())));
    }

    @PostMapping(path = "/lift", consumes = "application/json")
    @PreAuthorize(Roles.RESTRICT)
    @Operation(summary = "Lift the restriction in force", description = "With a reason, once the person has been "
            + "told (GDPR art. 18(3): personInformed must be true). The restriction stays in the history. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "Lifted: the restriction")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (reason missing, the person not "
            + "informed, no restriction in force, unknown property)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RestrictionResource lift(@PathVariable PersonId id, @RequestBody LiftRequest request) {
        return RestrictionResource.of(restrictions.lift(id, request.reason(),
                Boolean.TRUE.equals(request.personInformed())));
    }

    /** {@code POST /api/v1/persons/{id}/restriction}. */
    @Schema(name = "RestrictRequest", description = "Unknown properties are refused.")
    record RestrictRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "ACCURACY_CONTESTED",
                    "UNLAWFUL_PROCESSING", "LEGAL_CLAIMS", "OBJECTION_PENDING" }) String ground,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000,
                    example = "Conteste l'adresse postale enregistrée ; vérification auprès du service client")
            String reason) {
    }

    /** {@code POST /api/v1/persons/{id}/restriction/lift}. */
    @Schema(name = "LiftRestrictionRequest", description = "Unknown properties are refused.")
    record LiftRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The person was told before the "
                    + "lifting (GDPR art. 18(3)); must be true") Boolean personInformed) {
    }

    @Schema(name = "RestrictionState")
    record RestrictionState(RestrictionResource inForce, List<RestrictionResource> history) {
    }

    @Schema(name = "Restriction")
    record RestrictionResource(UUID id, UUID personId, RestrictionGround ground, String reason, Instant restrictedAt,
            String restrictedBy, Instant liftedAt, String liftedBy, String liftReason) {

        static RestrictionResource of(Restriction r) {
            return new RestrictionResource(r.id(), r.personId().value(), r.ground(), r.reason(), r.restrictedAt(),
                    r.restrictedBy(), r.liftedAt(), r.liftedBy(), r.liftReason());
        }
    }
}
