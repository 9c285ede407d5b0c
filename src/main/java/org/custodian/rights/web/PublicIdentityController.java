package org.custodian.rights.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.rights.IdentityProofs;
import org.custodian.rights.InvalidRightsRequest;
import org.custodian.shared.web.StaffSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * DSR-2 — the public page of an identity link: the button "C'est bien moi" when the link was mailed to the address
 * on file (a POST: a link scanner that opens the page confirms nothing), and the upload of a proof of identity. A
 * browser signed in to Custodian is refused: it must be the person's own click. The upload is read in memory
 * ({@code spring.servlet.multipart.file-size-threshold} above the 5 MB limit): no copy of it is written to disk.
 */
@Controller
@RequestMapping("/p/rights/identity/{token}")
@PreAuthorize("permitAll()")
class PublicIdentityController {

    private final IdentityProofs proofs;

    PublicIdentityController(IdentityProofs proofs) {
        this.proofs = proofs;
    }

    @GetMapping
    String page(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "rights/public-staff";
        }
        return show(token, model, response);
    }

    private String show(String token, Model model, HttpServletResponse response) {
        var check = proofs.publicCheck(token);
        if (check.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "rights/public-identity-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("check", check.get());
        return "rights/public-identity";
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "rights/public-staff";
        }
        if (!proofs.confirmByLink(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "rights/public-identity-invalid";
        }
        return "rights/public-identity-confirmed";
    }

    @PostMapping("/document")
    String upload(@PathVariable String token, @RequestParam(name = "document", required = false) MultipartFile file,
            Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "rights/public-staff";
        }
        try {
            var content = file == null || file.getSize() > IdentityProofs.MAX_DOCUMENT_BYTES ? oversize(file)
                    : file.getBytes();
            if (!proofs.upload(token, content)) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return "rights/public-identity-invalid";
            }
            model.addAttribute("uploaded", true);
        } catch (InvalidRightsRequest invalid) {
            var violation = invalid.violations().get(0);
            model.addAttribute("documentError", violation);
            response.setStatus(422);
        }
        return show(token, model, response);
    }

    /** An empty file is passed on as such (refused by the facade); an oversized one is refused without reading it. */
    private static byte[] oversize(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new byte[0];
        }
        throw IdentityProofs.tooLarge();
    }
}
