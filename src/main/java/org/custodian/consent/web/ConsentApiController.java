package org.custodian.consent.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentIntake;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentReceipt;
import org.custodian.consent.ConsentRecordView;
import org.custodian.consent.ConsentState;
import org.custodian.consent.SoftOptInRecord;
import org.custodian.consent.SoftOptInState;
import org.custodian.shared.PersonId;
import org.custodian.contacts.Persons;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consents API (PRO-1): web shops send the consents they collect, with the proof; integrations read
 * a person's consents with the full history.
 */
@RestController
@Tag(name = "Consents", description = "The consent ledger: consents with their proof, withdrawals, double opt-in")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class ConsentApiController {

    private static final String PURPOSE = "consent/api";

    private final ConsentIntake intake;
    private final ConsentLedger ledger;
    private final Persons persons;

    ConsentApiController(ConsentIntake intake, ConsentLedger ledger, Persons persons) {
        this.intake = intake;
        this.ledger = ledger;
        this.persons = persons;
    }

    @PostMapping(path = "/api/v1/consents", consumes = "application/json", produces = "application/json")
    @PreAuthorize(Roles.WRITE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Record a consent collected by a web shop", description = "The person is found by e-mail "
            + "(and their names updated when sent) or created as a consumer prospect, which needs lastName. The "
            + "consent is recorded with its proof (kind API). An e-mail consent answers PENDING_CONFIRMATION: a "
            + "double opt-in mail goes to the address and the consent counts only once the person confirms it; other "
            + "channels answer ACTIVE. The purpose must be one the register lets rest on consent, on a channel consent "
            + "can cover for it (PARTNER_TRANSMISSION: EMAIL, SMS, PHONE). Roles: SALES, SUPPORT (give the shop's API "
            + "token one of them).")
    @ApiResponse(responseCode = "202", description = "Recorded; state tells whether it awaits the person's confirmation")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (required field, unknown purpose or "
            + "channel, purpose that cannot rest on consent PRO-1.consent-purpose, channel it cannot cover "
            + "PRO-1.consent-channel, IP address that is not one (ip), source that is neither an http(s) address nor a "
            + "documented label (source), person rules CON-1/CON-2, card security code CON-6); nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "The address already received the day's confirmation mails "
            + "(custodian.consent.confirmation-mails-per-day); nothing is stored: send it again tomorrow",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ConsentReceipt collect(@RequestBody ConsentApiRequest request, Locale locale) {
        return intake.collect(request.toConsent(), locale);
    }

    @GetMapping(path = "/api/v1/persons/{id}/consents", produces = "application/json")
    @PreAuthorize(Roles.READ)
    @Operation(summary = "A person's consents", description = "current: where each purpose × channel stands "
            + "(ACTIVE, ACTIVE_WITHOUT_PROOF, PENDING_CONFIRMATION, WITHDRAWN, OBJECTED); history: every ledger record, newest "
            + "first, with its proof (text shown, form and version, notice version, time, IP, user agent, source, "
            + "confirmation); softOptIns: where the person stands on the soft opt-in of each channel with evidence (VALID, "
            + "OPPOSED, NO_OPPOSITION_OFFERED), softOptInHistory: every soft opt-in evidence with its proof. Audited as "
            + "a read. Roles: SALES, SUPPORT, MARKETING, ACCOUNTING, DPO.")
    @ApiResponse(responseCode = "200", description = "The person's consents")
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PersonConsents consents(@PathVariable UUID id) {
        persons.get(new PersonId(id), PURPOSE);
        var evidence = ledger.evidence(id);
        return new PersonConsents(ledger.current(id), evidence.history(), evidence.currentSoftOptIns(),
                evidence.softOptIns());
    }

    @PostMapping(path = "/api/v1/persons/{id}/soft-opt-in", consumes = "application/json",
            produces = "application/json")
    @PreAuthorize(Roles.WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the evidence of a soft opt-in collected at a sale", description = "CPCE L.34-5: a "
            + "customer whose e-mail address (or mobile number, for SMS) was collected from them at a sale, and who "
            + "was offered then, simply and free of charge, to object to prospecting, may be prospected for similar "
            + "products of the same organisation unless they objected. The evidence is recorded with its proof (kind "
            + "API: IP address, browser, page), append-only; the latest evidence of a channel is where the person "
            + "stands (VALID, OPPOSED, NO_OPPOSITION_OFFERED, in softOptIns of GET /api/v1/persons/{id}/consents). "
            + "opposed=true is also recorded as an objection to PROSPECTING on the channel. Roles: SALES, SUPPORT.")
    @ApiResponse(responseCode = "201", description = "Recorded; the answer gives the evidence's id and status")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (required field, channel other than "
            + "EMAIL or SMS soft-opt-in-channel, collection date in the future future-date, oppositionHow missing "
            + "when the opposition was offered, IP address that is not one ip, source that is neither an http(s) "
            + "address nor a documented label source, unknown property); nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SoftOptInReceipt softOptIn(@PathVariable UUID id, @RequestBody SoftOptInApiRequest request) {
        persons.get(new PersonId(id), PURPOSE);
        var missing = new ArrayList<String>();
        if (request.channel() == null) {
            missing.add("channel");
        }
        if (request.oppositionOffered() == null) {
            missing.add("oppositionOffered");
        }
        if (request.opposed() == null) {
            missing.add("opposed");
        }
        if (!missing.isEmpty()) {
            throw new ConsentApiProblems.MissingProperties(missing);
        }
        var evidence = request.toEvidence(id);
        return new SoftOptInReceipt(ledger.recordSoftOptIn(evidence), id, evidence.channel(),
                evidence.status().name());
    }

    /** A person's consents: where each stands now, the ledger with proof, and the soft opt-in of each channel. */
    record PersonConsents(List<ConsentState> current, List<ConsentRecordView> history,
            List<SoftOptInState> softOptIns, List<SoftOptInRecord> softOptInHistory) {
    }

    /** The evidence recorded: its id and what it amounts to (VALID, OPPOSED, NO_OPPOSITION_OFFERED). */
    record SoftOptInReceipt(UUID id, UUID personId, Channel channel, String status) {
    }
}
