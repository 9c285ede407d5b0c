package org.custodian.rights.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.rights.RequestAttachments;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * DSR-1 — the letter or message received with a request, added through the API (the customer service's software
 * that scans the mail): checked by its content, sealed, kept with the request and opened by the DPO on the request's
 * page.
 */
@RestController
@RequestMapping(path = "/api/v1/rights-requests", produces = "application/json")
@Tag(name = "Rights requests", description = "Data-subject rights requests and their legal deadline")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class AttachmentApiController {

    private final RequestAttachments attachments;

    AttachmentApiController(RequestAttachments attachments) {
        this.attachments = attachments;
    }

    /** A file kept with a request, as the API shows it: never its content. */
    @Schema(name = "RightsRequestAttachment")
    record AttachmentResource(UUID id, @Schema(allowableValues = {"application/pdf", "image/jpeg", "image/png"})
            String contentType, int sizeBytes, String addedBy, Instant addedAt) {

        static AttachmentResource of(RequestAttachments.AttachmentView view) {
            return new AttachmentResource(view.id(), view.contentType(), view.sizeBytes(), view.addedBy(),
                    view.addedAt());
        }
    }

    // no "consumes": a caller without the role is refused before anything else, whatever it sends
    @PostMapping(path = "/{id}/attachments")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Attach the letter or message received", description = "DSR-1: the part attachment, a PDF, "
            + "JPEG or PNG (the type is read from the content, not from the name) of at most 5 MB, stored encrypted "
            + "with the request, kept as long as it and deleted with it; ten files per open request at most. Only the "
            + "DPO opens it, on the request's page, each opening audited. Audited. Role: DPO.")
    @ApiResponse(responseCode = "201", description = "Stored; the body describes the file, never its content")
    @ApiResponse(responseCode = "400", description = "No file, an empty one, larger than 5 MB, neither PDF nor JPEG "
            + "nor PNG, one too many, or the request is closed; field attachment",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AttachmentResource> attach(@PathVariable UUID id,
            @RequestParam(name = "attachment", required = false) MultipartFile file) {
        var added = attachments.add(id, Uploads.read(file));
        return ResponseEntity.status(201).body(AttachmentResource.of(added));
    }
}
