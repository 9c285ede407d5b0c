package org.custodian.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.imports.ImportJobView;
import org.custodian.imports.Imports;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The import API (CON-10): a CSV file in, a job id out; the job runs in the background and its progress
 * and error report are read with its id.
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = "application/json")
@Tag(name = "Imports", description = "CSV import of the customer file")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class ImportApiController {

    private static final String DESCRIPTION = "UTF-8, ';' or ',' separated, with a header row whose names give the "
            + "fields (French or English: nom/lastName, prénom/firstNames, email, téléphone/phone, type, audience, "
            + "civility, birthDate, address, company, jobTitle, sector, genericAddress (oui/non), accountingCode, "
            + "externalRef, notes, optionally a purchase (purchaseDate, productFamily, warrantyEnd, contractEnd, "
            + "emailCollectedAtSale, oppositionOffered, opposed: oui/non), and optionally "
            + "consentPurpose, consentChannel, consentDate); other columns are ignored and listed. Every row passes "
            + "the rules of the forms (CON-2, CON-5); a refused row is listed in the error report, never half-written; "
            + "consents are recorded without proof (ACTIVE_WITHOUT_PROOF, never usable for electronic prospecting). "
            + "A card security code column refuses the whole file (CON-6). Roles: SALES, SUPPORT.";

    private final Imports imports;
    private final MessageSource messages;

    ImportApiController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    // Any body type but multipart (handled below): clients label CSV text/csv, text/plain or octet-stream.
    @PostMapping
    @PreAuthorize(Roles.IMPORT)
    @Operation(summary = "Import a CSV file sent as the request body", description = DESCRIPTION)
    @ApiResponse(responseCode = "202", description = "Accepted: {id, state}; Location names the job")
    @ApiResponse(responseCode = "422", description = "The whole file is refused, nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Map<String, Object>> importBody(HttpServletRequest request,
            @RequestParam(required = false) @Parameter(description = "Where the data comes from (kept with the consents)") String source,
            @RequestParam(required = false) @Parameter(description = "Type of rows without a type column (default CUSTOMER)") PersonType type,
            @RequestParam(required = false) @Parameter(description = "Audience of rows without an audience column (default CONSUMER)") Audience audience,
            Locale locale) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return accepted(imports.submit(body, null, source, type, audience, locale));
        }
    }

    @PostMapping(consumes = "multipart/form-data")
    @PreAuthorize(Roles.IMPORT)
    @Operation(summary = "Import a CSV file sent as the multipart part 'file'", description = DESCRIPTION)
    @ApiResponse(responseCode = "202", description = "Accepted: {id, state}; Location names the job")
    @ApiResponse(responseCode = "422", description = "The whole file is refused, nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Map<String, Object>> importPart(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String source, @RequestParam(required = false) PersonType type,
            @RequestParam(required = false) Audience audience, Locale locale) throws IOException {
        try (InputStream body = file.getInputStream()) {
            return accepted(imports.submit(body, file.getOriginalFilename(), source, type, audience, locale));
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.IMPORT)
    @Operation(summary = "Progress and error report of an import job", description = "Roles: SALES, SUPPORT.")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ImportResource get(@PathVariable UUID id, Locale locale) {
        return ImportResource.of(imports.get(id), imports.errors(id), messages, locale);
    }

    @GetMapping(path = "/{id}/errors.csv", produces = "text/csv")
    @PreAuthorize(Roles.IMPORT)
    @Operation(summary = "The error report of an import job as CSV", description = "Columns: row, field, rule, "
            + "message; ';' separated, UTF-8 with a byte order mark for spreadsheets. Roles: SALES, SUPPORT.")
    void errors(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
        ErrorReport.write(imports, id, messages, locale, response);
    }

    private static ResponseEntity<Map<String, Object>> accepted(ImportJobView job) {
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(job.id()).toUri();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                .body(Map.of("id", job.id(), "state", job.state()));
    }
}
