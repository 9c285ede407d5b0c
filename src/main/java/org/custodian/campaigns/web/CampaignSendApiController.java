package org.custodian.campaigns.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.campaigns.CampaignNotSendable;
import org.custodian.campaigns.CampaignSender;
import org.custodian.campaigns.SendingProgress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts the sending of a campaign through the API (PRO-5, issue 9 §6): {@code 202 Accepted}, the sending runs in the
 * background; a second request starts nothing and answers the same.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
@Tag(name = "Campaigns")
class CampaignSendApiController {

    private final CampaignSender sender;

    CampaignSendApiController(CampaignSender sender) {
        this.sender = sender;
    }

    @PostMapping("/send")
    @PreAuthorize(SendingRoles.SEND)
    @Operation(summary = "Send a campaign now", description = "Starts the sending in the background; its progress is "
            + "in the answer and at GET /campaigns/{id}/progress. Without an SMTP server the messages are held in "
            + "the outbox, not sent.")
    @ApiResponse(responseCode = "202", description = "Sending started (or already running)")
    @ApiResponse(responseCode = "404", description = "No such campaign")
    @ApiResponse(responseCode = "409", description = "The campaign has no template, or was scheduled, sent or "
            + "cancelled")
    ResponseEntity<?> send(@PathVariable UUID id) {
        try {
            sender.start(id);
        } catch (CampaignNotSendable e) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
            problem.setTitle("Campaign not sendable");
            problem.setType(URI.create("https://custodian.example/problems/campaign-not-sendable"));
            return ResponseEntity.of(problem).build();
        }
        return ResponseEntity.accepted().body(new Accepted(id, sender.progress(id)));
    }

    /** The answer to a send request: the campaign and its progress at once. */
    record Accepted(UUID id, SendingProgress progress) {
    }
}
