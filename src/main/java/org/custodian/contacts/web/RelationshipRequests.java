package org.custodian.contacts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonContact;
import org.custodian.contacts.ProductFamily;
import org.custodian.contacts.Purchase;
import org.custodian.contacts.PurchaseData;

/** The bodies and answers of the relationship API: purchases, contacts from the person, product families. */
final class RelationshipRequests {

    private RelationshipRequests() {
    }

    static Set<String> properties(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code POST /api/v1/persons/{id}/purchases}. */
    @Schema(name = "PurchaseRequest", description = "A purchase or contract of the person (RET, PRO-6) and the facts "
            + "of the sale that the soft opt-in reads (PRO-2). Unknown properties are refused.")
    record PurchaseRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Not in the future",
                    example = "2026-03-02") LocalDate date,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The code of an offered product "
                    + "family (GET /api/v1/product-families)", example = "JARDIN") String productFamily,
            @Schema(description = "When the warranty expires; not before the purchase") LocalDate warrantyEnd,
            @Schema(description = "When the service contract ends; not before the purchase") LocalDate contractEnd,
            @Schema(description = "The e-mail address was collected at this sale (absent: false)")
            Boolean emailCollectedAtSale,
            @Schema(description = "The person was offered to object to prospecting at this sale (absent: false)")
            Boolean oppositionOffered,
            @Schema(description = "The person objected then (absent: false); true requires oppositionOffered")
            Boolean opposed) {

        PurchaseData toData() {
            return new PurchaseData(date, productFamily, warrantyEnd, contractEnd, emailCollectedAtSale,
                    oppositionOffered, opposed);
        }
    }

    @Schema(name = "Purchase")
    record PurchaseResource(UUID id, UUID personId, LocalDate date, String productFamily, LocalDate warrantyEnd,
            LocalDate contractEnd, boolean emailCollectedAtSale, boolean oppositionOffered, boolean opposed,
            Instant recordedAt, String recordedBy) {

        static PurchaseResource of(Purchase p) {
            return new PurchaseResource(p.id(), p.personId().value(), p.date(), p.productFamily(), p.warrantyEnd(),
                    p.contractEnd(), p.emailCollectedAtSale(), p.oppositionOffered(), p.opposed(), p.recordedAt(),
                    p.recordedBy());
        }
    }

    /** {@code POST /api/v1/persons/{id}/contacts}. */
    @Schema(name = "ContactRequest", description = "A contact from the person (PRO-6). An e-mail open is not a "
            + "contact. Unknown properties are refused.")
    record ContactRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Not in the future",
                    example = "2026-03-02") LocalDate date,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ContactKind kind) {
    }

    @Schema(name = "Contact")
    record ContactResource(UUID id, UUID personId, LocalDate date, ContactKind kind, Instant recordedAt,
            String recordedBy) {

        static ContactResource of(PersonContact c) {
            return new ContactResource(c.id(), c.personId().value(), c.date(), c.kind(), c.recordedAt(),
                    c.recordedBy());
        }
    }

    /** {@code POST /api/v1/product-families}. */
    @Schema(name = "ProductFamilyRequest", description = "Unknown properties are refused.")
    record FamilyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "2 to 30 capitals, digits or _, "
                    + "starting with a letter; unique; never changes", example = "JARDIN") String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, example = "Mobilier de jardin")
            String name) {
    }

    @Schema(name = "ProductFamily")
    record FamilyResource(String code, String name, boolean retired, long purchases) {

        static FamilyResource of(ProductFamily f) {
            return new FamilyResource(f.code(), f.name(), f.retired(), f.purchases());
        }
    }
}
