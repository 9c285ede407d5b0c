package org.custodian.rights.web;

import java.util.UUID;

import org.custodian.rights.RequestAttachments;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * DSR-1, SEC-3 — the letter or message received with a request, opened from the request's page by the DPO only (the
 * facade audits each opening): an attachment, never cached, never sniffed into another type.
 */
@Controller
class AttachmentController {

    private final RequestAttachments attachments;

    AttachmentController(RequestAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/rights/{id}/attachments/{attachmentId}")
    @PreAuthorize(Roles.HANDLE)
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return download(attachments.open(id, attachmentId));
    }

    /** The file as a download named after the request's file, with the extension of its checked type. */
    static ResponseEntity<byte[]> download(RequestAttachments.Download file) {
        var extension = switch (file.contentType()) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("piece-jointe-" + file.id() + "." + extension).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
