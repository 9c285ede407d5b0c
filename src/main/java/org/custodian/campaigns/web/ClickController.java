package org.custodian.campaigns.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.custodian.campaigns.CampaignClicks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A click link of a campaign message (issue 9 §4): a redirect to the template's link the token names. A {@code GET} is
 * the click (that is what a person's browser sends); a {@code HEAD} only tells where it leads and records nothing. A
 * forged token leads nowhere (404): the link is no open redirect.
 */
@Controller
@PreAuthorize(SendingRoles.PUBLIC)
class ClickController {

    private final CampaignClicks clicks;

    ClickController(CampaignClicks clicks) {
        this.clicks = clicks;
    }

    @GetMapping("/p/c/{token}")
    ResponseEntity<Void> follow(@PathVariable String token, HttpServletRequest request) {
        var counts = !"HEAD".equalsIgnoreCase(request.getMethod());
        return clicks.follow(token, counts)
                .map(target -> ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).<Void>build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
