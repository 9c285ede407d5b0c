package org.custodian.rights.web;

import java.util.Locale;

import org.custodian.rights.AccessPackages;
import org.custodian.shared.PersonId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The access package (DSR-3) and the portable data (DSR-4) of one person, for the DPO: a panel of the person's page,
 * loaded into it by the customer file's template, and the downloads it offers.
 */
@Controller
class AccessPackageController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final AccessPackages packages;

    AccessPackageController(AccessPackages packages) {
        this.packages = packages;
    }

    @GetMapping("/rights/persons/{personId}/package-panel")
    @PreAuthorize(Roles.PACKAGE)
    String panel(@PathVariable PersonId personId, Model model) {
        model.addAttribute("personId", personId);
        return "rights/access-package-panel :: panel";
    }

    /**
     * Everything held on the person, as a PDF (French unless {@code language=en}) or as JSON; the access-log entries
     * about them only when the DPO includes them.
     */
    @GetMapping("/rights/persons/{personId}/package")
    @PreAuthorize(Roles.PACKAGE)
    ResponseEntity<byte[]> accessPackage(@PathVariable PersonId personId,
            @RequestParam(defaultValue = "pdf") String format, @RequestParam(defaultValue = "fr") String language,
            @RequestParam(defaultValue = "false") boolean accessLog) {
        if ("json".equals(format)) {
            return download(packages.json(personId, accessLog), MediaType.APPLICATION_JSON,
                    "donnees-" + personId + ".json");
        }
        var locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        return download(packages.pdf(personId, locale, accessLog), MediaType.APPLICATION_PDF,
                "donnees-" + personId + ".pdf");
    }

    /** The data the person provided on the basis of consent or contract, as JSON or CSV. */
    @GetMapping("/rights/persons/{personId}/portable")
    @PreAuthorize(Roles.PACKAGE)
    ResponseEntity<byte[]> portable(@PathVariable PersonId personId,
            @RequestParam(defaultValue = "json") String format) {
        if ("csv".equals(format)) {
            return download(packages.portableCsv(personId), CSV, "donnees-portables-" + personId + ".csv");
        }
        return download(packages.portableJson(personId), MediaType.APPLICATION_JSON,
                "donnees-portables-" + personId + ".json");
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
