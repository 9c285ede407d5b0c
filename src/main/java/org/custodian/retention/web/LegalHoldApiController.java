package org.custodian.retention.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.retention.LegalHoldFilter;
import org.custodian.retention.LegalHolds;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Legal holds through the API (RET-5): place a hold on a person or a rights request, list and read them, release one
 * with a reason. Same roles and checks as the screens; every change and read audited.
 */
@RestController
@RequestMapping(path = "/api/v1/legal-holds", produces = "application/json")
@Tag(name = "Legal holds", description = "Legal holds suspending the deletion of a person or a rights request (RET-5)")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class LegalHoldApiController {

    private final LegalHolds holds;

    LegalHoldApiController(LegalHolds holds) {
        this.holds = holds;
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize(LegalHoldRoles.PLACE)
    @Operation(summary = "Place a legal hold", description = "On a person (personId) or a rights request "
            + "(rightsRequestId), with its documented reason, the staff member responsible (the caller by default) and "
            + "an end date or a review date. While it holds, the retention sweep does not delete what it names, and "
            + "an erasure request is not carried out for a held person. Several holds may name the same record. "
            + "Role: DPO.")
    @ApiResponse(responseCode = "201", description = "Placed: the hold, and its address in Location")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (no target or two, unknown person or "
            + "request, reason missing or over 2,000 characters, no date, a date in the past, review after the end, "
            + "unknown property, unreadable value)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<LegalHoldResource> place(@RequestBody LegalHoldApiRequest request) {
        var placed = holds.place(request.toNew());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(placed.id())
                .toUri();
        return ResponseEntity.created(location).body(LegalHoldResource.of(placed));
    }

    @GetMapping
    @PreAuthorize(LegalHoldRoles.READ)
    @Operation(summary = "List legal holds", description = "The holds of a state, the latest first, one page at a "
            + "time; q searches the reason and the held person's name, e-mail or phone. Roles: DPO, ARCHIVIST.")
    @ApiResponse(responseCode = "200", description = "One page of holds")
    Page<LegalHoldResource> list(
            @Parameter(description = "IN_FORCE (default), REVIEW_DUE, ENDED, RELEASED or ALL")
            @RequestParam(defaultValue = "IN_FORCE") LegalHoldFilter filter,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return holds.list(filter, q, PageRequest.of(page, size)).map(LegalHoldResource::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(LegalHoldRoles.READ)
    @Operation(summary = "Read a legal hold", description = "Roles: DPO, ARCHIVIST.")
    @ApiResponse(responseCode = "200", description = "The hold")
    @ApiResponse(responseCode = "404", description = "No such hold",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    LegalHoldResource get(@PathVariable UUID id) {
        return LegalHoldResource.of(holds.get(id));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(LegalHoldRoles.PLACE)
    @Operation(summary = "Release a legal hold", description = "With the reason of the release as the query "
            + "parameter reason, e.g. DELETE /api/v1/legal-holds/{id}?reason=Litige%20clos. The hold is not deleted: "
            + "it stays, released, as the history; the sweep may delete again what it protected. A hold is released "
            + "exactly once. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "Released: the hold")
    @ApiResponse(responseCode = "400", description = "Refused: the reason is missing or over 2,000 characters",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such hold",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The hold was released already; nothing changed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    LegalHoldResource release(@PathVariable UUID id,
            @Parameter(description = "Why the hold is released (required, at most 2,000 characters)")
            @RequestParam(name = "reason", required = false) String reason) {
        return LegalHoldResource.of(holds.release(id, reason));
    }
}
