package org.custodian.rights.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.rights.ExecutionOrder;
import org.custodian.rights.RequestExecution;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Carrying out a rights request through the API (DSR-5), forwarded to the register's recipients (DSR-6). */
@RestController
@RequestMapping(path = "/api/v1/rights-requests", produces = "application/json")
@Tag(name = "Rights requests", description = "Data-subject rights requests and their legal deadline")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class ExecutionApiController {

    private final RequestExecution execution;

    ExecutionApiController(RequestExecution execution) {
        this.execution = execution;
    }

    @PostMapping("/{id}/execute")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Carry out a rectification, erasure, restriction, objection or withdrawal", description = "For "
            + "every person matched to the request, in one audited operation: erasure through every module (what a "
            + "legal duty keeps is listed with its reason and end date), restriction with the ground given, objection "
            + "on the suppression list for every channel (the requester's own address too, without a match), every "
            + "consent in force withdrawn, or the record of what was corrected on the person page. A rectification, "
            + "erasure or restriction is then forwarded to the recipients of the register. Once only. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "What was done, person by person")
    @ApiResponse(responseCode = "400", description = "A restriction without a known ground, a rectification without "
            + "a note, or an unknown property",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already carried out, answered otherwise (access, portability, "
            + "human review), closed, or nobody of the file matched to the request yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ExecutionResource execute(@PathVariable UUID id, @RequestBody(required = false) ExecutionApiRequest request) {
        var order = request == null ? ExecutionOrder.none() : request.order();
        return ExecutionResource.of(id, execution.execute(id, order));
    }
}
