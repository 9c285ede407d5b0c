package org.custodian.contacts.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.web.RelationshipRequests.ContactRequest;
import org.custodian.contacts.web.RelationshipRequests.ContactResource;
import org.custodian.contacts.web.RelationshipRequests.FamilyRequest;
import org.custodian.contacts.web.RelationshipRequests.FamilyResource;
import org.custodian.contacts.web.RelationshipRequests.PurchaseRequest;
import org.custodian.contacts.web.RelationshipRequests.PurchaseResource;
import org.custodian.shared.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The facts of the commercial relationship through the API (PRO-2, PRO-6, RET): a person's purchases and contracts
 * with the facts of each sale, the contacts from the person, and the product families. Same roles and checks as the
 * screens; every read and change of a person's facts is audited.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Relationship", description = "Purchases, contacts from the person, product families")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class RelationshipApiController {

    static final String PURPOSE = "customer-relationship/api";

    private final Purchases purchases;
    private final PersonContacts contacts;
    private final ProductFamilies families;

    RelationshipApiController(Purchases purchases, PersonContacts contacts, ProductFamilies families) {
        this.purchases = purchases;
        this.contacts = contacts;
        this.families = families;
    }

    @GetMapping("/persons/{id}/purchases")
    @PreAuthorize(Roles.READ)
    @Operation(summary = "A person's purchases and contracts", description = "Newest first. Audited as a read. "
            + "Roles: SALES, SUPPORT, MARKETING, ACCOUNTING, DPO.")
    @ApiResponse(responseCode = "200", description = "The purchases")
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<PurchaseResource> purchases(@PathVariable PersonId id) {
        return purchases.of(id, PURPOSE).stream().map(PurchaseResource::of).toList();
    }

    @PostMapping(path = "/persons/{id}/purchases", consumes = "application/json")
    @PreAuthorize(Roles.WRITE)
    @Operation(summary = "Record a purchase or contract", description = "With the facts of the sale the soft opt-in "
            + "reads: the e-mail was collected at this sale, the person was offered to object then, and did or not. "
            + "A prospect becomes a customer; the end of the commercial relationship is raised to the latest of the "
            + "purchase, warranty end and contract end. In the person's history and the audit log. Roles: SALES, "
            + "SUPPORT.")
    @ApiResponse(responseCode = "201", description = "Recorded: the purchase")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (date in the future, unknown or "
            + "retired product family, end before the purchase, opposition not offered, unknown property)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PurchaseResource> recordPurchase(@PathVariable PersonId id, @RequestBody PurchaseRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(PurchaseResource.of(purchases.record(id, request.toData())));
    }

    @GetMapping("/persons/{id}/contacts")
    @PreAuthorize(Roles.READ)
    @Operation(summary = "The contacts from a person", description = "Newest first. Audited as a read. Roles: "
            + "SALES, SUPPORT, MARKETING, ACCOUNTING, DPO.")
    @ApiResponse(responseCode = "200", description = "The contacts")
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<ContactResource> contacts(@PathVariable PersonId id) {
        return contacts.of(id, PURPOSE).stream().map(ContactResource::of).toList();
    }

    @PostMapping(path = "/persons/{id}/contacts", consumes = "application/json")
    @PreAuthorize(Roles.WRITE)
    @Operation(summary = "Record a contact from the person", description = "A request, a reply, a call, a visit or "
            + "a click in a message (kind REQUEST, REPLY, CALL, VISIT, CLICK); an e-mail open is not a contact. Raises "
            + "the person's lastContactAt. In the person's history and the audit log. Roles: SALES, SUPPORT.")
    @ApiResponse(responseCode = "201", description = "Recorded: the contact")
    @ApiResponse(responseCode = "400", description = "Refused, field by field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ContactResource> recordContact(@PathVariable PersonId id, @RequestBody ContactRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ContactResource.of(contacts.record(id, request.date(), request.kind())));
    }

    @GetMapping("/product-families")
    @PreAuthorize(Roles.FAMILIES_READ)
    @Operation(summary = "The product families", description = "Offered ones first, by name; retired ones cannot "
            + "be named by a new purchase. Roles: SALES, SUPPORT, MARKETING, DPO, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The families")
    List<FamilyResource> families() {
        return families.list().stream().map(FamilyResource::of).toList();
    }

    @PostMapping(path = "/product-families", consumes = "application/json")
    @PreAuthorize(Roles.FAMILIES_WRITE)
    @Operation(summary = "Add a product family", description = "Audited. Roles: MARKETING, ADMIN.")
    @ApiResponse(responseCode = "201", description = "Added: the family")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (code pattern, code already used, "
            + "name missing or too long, unknown property)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<FamilyResource> addFamily(@RequestBody FamilyRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(FamilyResource.of(families.create(request.code(), request.name())));
    }
}
