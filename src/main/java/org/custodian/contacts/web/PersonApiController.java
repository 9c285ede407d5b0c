package org.custodian.contacts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.shared.PersonId;
import org.custodian.contacts.Persons;
import org.custodian.shared.PageRequest;
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

    PersonApiController(Persons persons) {
        this.persons = persons;
    }

    @GetMapping
    @PreAuthorize(Roles.READ)
    @Operation(summary = "Search persons", description = "Each word of q must match the name, e-mail, company or a "
            + "code; digits also match the phone number whatever its formatting. Audited as a search, without q. "
            + "Roles: SALES, SUPPORT, MARKETING, ACCOUNTING, DPO.")
    @ApiResponse(responseCode = "200", description = "One page of persons")
    PersonResource.Page search(@RequestParam(required = false) @Parameter(description = "Search text") String q,
            @RequestParam(required = false) @Parameter(description = "Zero-based page number") Integer page,
            @RequestParam(required = false) @Parameter(description = "Page size, 1 to 200 (default 25)") Integer size) {
        return PersonResource.Page.of(persons.search(q, PageRequest.of(page, size), PURPOSE));
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
