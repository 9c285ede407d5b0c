package org.custodian.rights.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.rights.RequestAnswers;
import org.custodian.rights.RequestPackages;
import org.custodian.rights.RightsRequestNotFound;
import org.custodian.shared.Violation;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package and the answer of a rights request through the API (DSR-3, DSR-4, DSR-7; GDPR Art. 12(4)): the
 * DPO downloads the access or portability package of the matched persons, sends the answer (a download link by
 * mail), records an answer posted, refuses with a reason, renews an expired link, and downloads what was sent.
 */
@RestController
@RequestMapping(path = "/api/v1/rights-requests/{id}")
@Tag(name = "Rights requests", description = "Data-subject rights requests and their legal deadline")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
@ApiResponse(responseCode = "404", description = "No such request (or no such answer file)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class AnswerApiController {

    private final RequestPackages packages;
    private final RequestAnswers answers;

    AnswerApiController(RequestPackages packages, RequestAnswers answers) {
        this.packages = packages;
        this.answers = answers;
    }

    @GetMapping("/package")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "The access or portability package of the persons matched to the request", description = ""
            + "DSR-3: format=pdf (readable, in the requester's language unless lang=fr or lang=en) or json (every record of every module, the "
            + "retention rules); DSR-4 with portable=true: format=json or csv (the data the person provided on the "
            + "basis of consent or contract). accessLog=true includes the access-log entries about the person. Several "
            + "matched persons (records of one requester, never merged) are all in the one file: JSON "
            + "{\"persons\":[…]}, PDF one after the other, CSV with a first column person. Each generation is audited "
            + "as an export of the person's file. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment", content = {
        @Content(mediaType = "application/json"), @Content(mediaType = "application/pdf"),
        @Content(mediaType = "text/csv")})
    @ApiResponse(responseCode = "400", description = "Unknown format, or a format the package has not (csv without "
            + "portable, pdf with portable)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "No person of the file is matched to the request yet: match "
            + "first (POST …/match)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> packageOf(@PathVariable UUID id,
            @RequestParam(defaultValue = "json") @Parameter(schema = @Schema(allowableValues = {"json", "pdf",
                "csv"})) String format,
            @RequestParam(defaultValue = "false") boolean portable,
            @RequestParam(defaultValue = "false") boolean accessLog,
            @RequestParam(required = false) @Parameter(description = "The PDF's language; the requester's when "
                    + "absent", schema = @Schema(allowableValues = {"fr", "en"})) String lang) {
        var parsed = format(format);
        var built = lang == null || lang.isBlank() ? packages.build(id, parsed, portable, accessLog)
                : packages.build(id, parsed, portable, accessLog, "en".equals(lang) ? Locale.ENGLISH
                        : Locale.FRENCH);
        return Downloads.of(built.name(), built.mediaType(), built.content());
    }

    static RequestPackages.Format format(String format) {
        for (var value : RequestPackages.Format.values()) {
            if (value.name().equalsIgnoreCase(format == null ? "" : format.strip())) {
                return value;
            }
        }
        throw new RightsRequestApiController.InvalidInput(List.of(new Violation("format", "format",
                "rights.answer.error.format", List.of())));
    }

    @PostMapping(path = "/answer", consumes = "application/json", produces = "application/json")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Send the answer", description = "DSR-7: Custodian builds the files (the letter as PDF; for "
            + "an access request the access package as PDF and JSON, for a portability request the portable data as "
            + "JSON and CSV), keeps them with the letter as proof for five years, and mails the requester a download "
            + "link valid 30 days (custodian.rights.answer-link-valid-for) — never the files. The request becomes "
            + "ANSWERED. One answer per request: a second call is refused (409). Audited. Role: DPO.")
    @ApiResponse(responseCode = "201", description = "Sent: the answer with its files")
    @ApiResponse(responseCode = "400", description = "No letter, too long, or an unknown property",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already answered or refused; waiting for the person; no e-mail "
            + "address (answer by post: POST …/answer/by-post); access or portability with no matched person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AnswerResource> answer(@PathVariable UUID id, @RequestBody AnswerApiRequest request) {
        return ResponseEntity.status(201)
                .body(AnswerResource.of(answers.answer(id, request.letter(), request.withAccessLog())));
    }

    @PostMapping(path = "/answer/by-post", consumes = "application/json", produces = "application/json")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Record an answer sent by post", description = "DSR-7: for a requester without an e-mail "
            + "address; the letter and the files (built as for a mailed answer, to be printed) are kept as proof, and "
            + "the request becomes ANSWERED. Audited. Role: DPO.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "No letter, too long, or an unknown property",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already answered or refused; waiting; no matched person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AnswerResource> answerByPost(@PathVariable UUID id, @RequestBody AnswerApiRequest request) {
        return ResponseEntity.status(201)
                .body(AnswerResource.of(answers.answerByPost(id, request.letter(), request.withAccessLog())));
    }

    @PostMapping(path = "/refuse", consumes = "application/json", produces = "application/json")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Refuse the request", description = "GDPR Art. 12(4)/(5): the reason is mailed with the "
            + "right to complain to the CNIL and to seek a judicial remedy; the request becomes REFUSED and the message "
            + "is kept as proof. Audited. Role: DPO.")
    @ApiResponse(responseCode = "201", description = "Refused and told")
    @ApiResponse(responseCode = "400", description = "No reason, too long, or an unknown property",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already answered or refused, or no e-mail address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AnswerResource> refuse(@PathVariable UUID id, @RequestBody ReasonApiRequest request) {
        return ResponseEntity.status(201).body(AnswerResource.of(answers.refuse(id, request.reason())));
    }

    @PostMapping(path = "/answer/link", produces = "application/json")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "Mail a new download link", description = "The link expired or was lost: a new one, valid "
            + "for the same period, replaces it and is mailed. Audited. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The answer with its new expiry")
    @ApiResponse(responseCode = "409", description = "The request was not answered by mail",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AnswerResource renewLink(@PathVariable UUID id) {
        return AnswerResource.of(answers.renewLink(id));
    }

    @GetMapping(path = "/answer", produces = "application/json")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "The answer sent", description = "DSR-7: the letter, how and when it left, the link's expiry "
            + "and downloads, the files. Audited. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The answer")
    AnswerResource answerOf(@PathVariable UUID id) {
        return answers.of(id).map(AnswerResource::of).orElseThrow(() -> RightsRequestNotFound.forId(id));
    }

    @GetMapping("/answer/files/{number}")
    @PreAuthorize(Roles.HANDLE)
    @Operation(summary = "A file of the answer, as it was sent", description = "DSR-7: the proof. Audited as an "
            + "export. Role: DPO.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable int number) {
        var file = answers.file(id, number);
        return Downloads.of(file.name(), file.mediaType(), file.content());
    }
}
