package org.custodian.rights.web;

import java.util.UUID;

import org.custodian.rights.IdentityProofs;
import org.custodian.rights.InvalidRightsRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * DSR-2 — the DPO's side of an identity check on {@code /rights/{id}}: opening a proof the requester uploaded (the
 * DPO only, audited by the facade), and the conclusion — "Identité confirmée", which deletes the documents and resumes
 * the deadline, or "Identité non établie", which deletes them and records it for a refusal.
 */
@Controller
@RequestMapping("/rights/{id}/identity")
class IdentityController {

    private final IdentityProofs proofs;

    IdentityController(IdentityProofs proofs) {
        this.proofs = proofs;
    }

    @GetMapping("/documents/{documentId}")
    @PreAuthorize(Roles.HANDLE)
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        var document = proofs.document(id, documentId);
        var extension = switch (document.contentType()) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("justificatif-" + documentId + "." + extension).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    @PostMapping("/confirmed")
    @PreAuthorize(Roles.HANDLE)
    String confirmed(@PathVariable UUID id, RedirectAttributes redirect) {
        return conclude(id, true, redirect);
    }

    @PostMapping("/not-established")
    @PreAuthorize(Roles.HANDLE)
    String notEstablished(@PathVariable UUID id, RedirectAttributes redirect) {
        return conclude(id, false, redirect);
    }

    private String conclude(UUID id, boolean confirmed, RedirectAttributes redirect) {
        try {
            proofs.conclude(id, confirmed);
            redirect.addFlashAttribute(confirmed ? "identityConfirmed" : "identityNotEstablished", true);
        } catch (InvalidRightsRequest refused) {
            redirect.addFlashAttribute("refused", refused.violations().get(0));
        }
        return "redirect:/rights/" + id + "#identity-checks";
    }
}
