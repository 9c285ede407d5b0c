package org.custodian.retention.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.custodian.retention.ArchivedPersonView;
import org.custodian.retention.IntermediateArchive;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intermediate archive's API (RET-2): read by the ARCHIVIST and the DPO, with a stated reason, audited.
 */
@RestController
@RequestMapping(path = "/api/v1/archive", produces = "application/json")
@Tag(name = "Archive", description = "The intermediate archive, for the archivist and the DPO")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class ArchiveApiController {

    private final IntermediateArchive archive;

    ArchiveApiController(IntermediateArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/persons")
    @PreAuthorize(Roles.ARCHIVE)
    @Operation(summary = "Search the archived persons", description = "By name, e-mail, company or internal code; all "
            + "when q is empty. reason (5 to 500 characters) says why the archive is read: it is written to the audit "
            + "log with the search. Roles: ARCHIVIST, DPO.")
    @ApiResponse(responseCode = "200", description = "One page of archived persons, without their contracts")
    @ApiResponse(responseCode = "400", description = "No reason, or a reason too short or too long; nothing was read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Page<ArchivedPersonView> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return archive.search(q, reason, PageRequest.of(page, size));
    }

    @GetMapping("/persons/{id}")
    @PreAuthorize(Roles.ARCHIVE)
    @Operation(summary = "Read one archived person", description = "With their archived contracts, the rule that "
            + "archived them, why and until when. reason is required and audited. Roles: ARCHIVIST, DPO.")
    @ApiResponse(responseCode = "200", description = "The archived person")
    @ApiResponse(responseCode = "400", description = "No reason; nothing was read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not in the archive",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ArchivedPersonView get(@PathVariable UUID id, @RequestParam(required = false) String reason) {
        return archive.get(id, reason);
    }
}
