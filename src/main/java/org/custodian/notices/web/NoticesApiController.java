package org.custodian.notices.web;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.custodian.notices.NoticeIncomplete;
import org.custodian.notices.PrivacyNotices;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishing the privacy notice over the API (INF-1): 200 with the new version, or 409 listing what is missing.
 */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = "The privacy notice generated from the register")
class NoticesApiController {

    private final PrivacyNotices notices;

    NoticesApiController(PrivacyNotices notices) {
        this.notices = notices;
    }

    @PostMapping("/publish")
    @PreAuthorize("hasRole('DPO')")
    @Operation(summary = "Publish the current notice",
            description = "Answers 409 with a problem detail whose 'missing' field lists what the notice lacks.")
    ResponseEntity<?> publish() {
        try {
            var published = notices.publish();
            return ResponseEntity.ok(new Published(published.version(), published.publishedAt(),
                    published.publishedBy(), published.hash()));
        } catch (NoticeIncomplete e) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "The privacy notice is incomplete: fix every item of 'missing', then publish again.");
            problem.setTitle("Notice incomplete");
            problem.setType(URI.create("about:blank"));
            problem.setProperty("missing", e.missing());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
    }

    /** The version just published. */
    record Published(int version, Instant publishedAt, String publishedBy, String hash) {
    }
}
