package org.custodian.notices.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.custodian.notices.NoticeDocument;
import org.custodian.notices.PrivacyNotices;
import org.custodian.register.OrganisationSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public privacy notice in the visitor's language, its machine-readable JSON and the legal mentions (INF-1,
 * INF-3). No login, no cookie.
 */
@Controller
@RequestMapping("/p")
@PreAuthorize("permitAll()")
class PublicNoticeController {

    private final PrivacyNotices notices;
    private final OrganisationSettings organisation;

    PublicNoticeController(PrivacyNotices notices, OrganisationSettings organisation) {
        this.notices = notices;
        this.organisation = organisation;
    }

    /**
     * The notice in force, or the earlier version a form was published with ({@code ?version=}), as it was.
     */
    @GetMapping("/privacy")
    String privacy(@RequestParam(required = false) Integer version, Model model, Locale locale) {
        var current = version == null ? notices.current() : notices.version(version);
        if (current.isEmpty() && version != null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (current.isEmpty()) {
            model.addAttribute("organisation", organisation.current());
            return "notices/privacy-none";
        }
        model.addAttribute("published", current.get());
        model.addAttribute("notice", current.get().in(locale));
        return "notices/privacy";
    }

    @GetMapping(value = "/privacy.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PublicNotice> privacyJson(Locale locale) {
        return notices.current()
                .map(published -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noCache())
                        .body(new PublicNotice(published.version(), published.publishedAt(), published.hash(),
                                List.of("fr", "en"), published.in(locale))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /**
     * The legal mentions published with the notice in force (INF-3): never a page of "not set" while the settings
     * are being filled in.
     */
    @GetMapping("/legal")
    String legal(Model model, Locale locale, HttpServletResponse response) {
        var notice = notices.current().map(published -> published.in(locale))
                .filter(document -> document.legal() != null);
        if (notice.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "notices/legal-none";
        }
        model.addAttribute("notice", notice.get());
        return "notices/legal";
    }

    /**
     * The JSON of the notice in force.
     *
     * @param version     the published version
     * @param publishedAt when it was published
     * @param hash        its SHA-256 fingerprint
     * @param languages   the languages available ({@code ?lang=})
     * @param notice      the notice in the requested language
     */
    record PublicNotice(int version, Instant publishedAt, String hash, List<String> languages,
            NoticeDocument notice) {
    }
}
