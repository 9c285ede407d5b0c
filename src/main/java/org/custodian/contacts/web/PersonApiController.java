package org.custodian.contacts.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.shared.PersonId;
import org.custodian.contacts.Persons;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The persons API (CON-1, CON-2, CON-5, CON-6): same roles and same checks as the screens; every read
 * and change is audited.
 */
@RestController
@RequestMapping(path = "/api/v1/persons", produces = "application/json")
@Tag(name = "Persons", description = "Customers and prospects of the customer file")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class PersonApiController {

    static final String PURPOSE = "customer-relationship/api";

    private final Persons persons;
    private final PersonExport export;

    PersonApiController(Persons persons, PersonExport export) {
        this.persons = persons;
        this.export = export;
    }

    @GetMapping
    @PreAuthorize(Roles.READ)
    @Operation(summary = "Search and list persons", description = "Each word of q must match the name, e-mail, company "
            + "or a code; digits also match the phone number whatever its formatting. The filters combine (and); an "
            + "unknown filter value is refused (400). totalElements is exact up to ten pages beyond the requested one: "
            + "past that, totalCapped is true and there are more. Audited as a search naming the filters, without q. "
            + "Roles: SALES, SUPPORT, MARKETING, ACCOUNTING, DPO.")
    @ApiResponse(responseCode = "200", description = "One page of persons")
    @ApiResponse(responseCode = "400", description = "A filter, the page or the size is not understood",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ListParameters
    PersonResource.Page search(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        var query = checked(parameters);
        return PersonResource.Page.of(persons.list(query.criteria(), query.sort(), query.page(), PURPOSE));
    }

    @GetMapping(path = "/export", produces = {"text/csv", "application/json"})
    @PreAuthorize(Roles.EXPORT)
    @Operation(summary = "Export the selected persons", description = "The whole selection of the same filters and "
            + "sort as the list (no paging), streamed: CSV separated by ';', UTF-8 with a byte-order mark, every cell "
            + "that a spreadsheet would run as a formula prefixed with a quote; or a JSON array. The note is not "
            + "exported. One audit entry names the filters and the count. Roles: SALES, MARKETING, DPO.")
    @ApiResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "text/csv"),
        @Content(mediaType = "application/json")})
    @ApiResponse(responseCode = "400", description = "A filter is not understood",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ListParameters
    void export(@Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            @RequestParam(required = false) @Parameter(description = "csv (default) or json",
                    schema = @Schema(allowableValues = {"csv", "json"})) String format,
            HttpServletResponse response) throws IOException {
        export.write(checked(parameters), PersonExport.Format.of(format), PURPOSE, response);
    }

    /** The query, or a 400 naming every parameter that is not understood (a client must not get another list). */
    private PersonListQuery checked(Map<String, String> parameters) {
        var query = PersonListQuery.parse(parameters, persons.filters());
        if (!query.invalid().isEmpty()) {
            throw new PersonListQuery.Invalid(query.invalid());
        }
        return query;
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize(Roles.WRITE)
    @Operation(summary = "Create a person", description = "id and internalCode are generated; sending them is "
            + "refused. Roles: SALES, SUPPORT.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new person")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (identifier guard CON-2, notes CON-5, "
            + "card security code CON-6, validation, unknown property)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A person with the same e-mail or phone is already in the file "
            + "(CON-9): Location and existing name them; repeat with allowDuplicate=true to create another anyway",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PersonResource> create(@RequestBody PersonRequest request,
            @RequestParam(defaultValue = "false") boolean allowDuplicate) {
        var created = persons.create(request.toData(), allowDuplicate);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id().value()).toUri();
        return ResponseEntity.created(location).body(PersonResource.of(created));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.READ)
    @Operation(summary = "Read a person", description = "Audited as a read. Roles: SALES, SUPPORT, MARKETING, "
            + "ACCOUNTING, DPO.")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PersonResource get(@PathVariable PersonId id) {
        return PersonResource.of(persons.get(id, PURPOSE));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize(Roles.WRITE)
    @Operation(summary = "Replace a person's data", description = "Every writable field is replaced (an absent "
            + "field becomes empty); the history records each change. Roles: SALES, SUPPORT.")
    @ApiResponse(responseCode = "200", description = "The person as saved")
    @ApiResponse(responseCode = "400", description = "Refused, field by field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PersonResource update(@PathVariable PersonId id, @RequestBody PersonRequest request) {
        return PersonResource.of(persons.update(id, request.toData()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.DELETE)
    @Operation(summary = "Delete a person", description = "With everything the file holds about them (DSR-5): the "
            + "person is gone from every read at once; their consents, form submissions, mails and sensitive data are "
            + "erased right after, and the erasure resumes by itself after a crash. The anonymised proof of their "
            + "objections and the access log are kept for their legal period. Role: DPO.")
    @ApiResponse(responseCode = "204", description = "Deleted; the erasure of the rest of the file follows at once")
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable PersonId id) {
        persons.delete(id);
        return ResponseEntity.noContent().build();
    }
}
