package org.custodian.consent.web;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.consent.Channel;
import org.custodian.consent.SoftOptInEvidence;

/**
 * The body of {@code POST /api/v1/persons/{id}/soft-opt-in}.
 */
@Schema(name = "SoftOptInRequest", description = "The evidence of a soft opt-in collected at a sale by a web shop, "
        + "with its proof: the buyer's address was collected at this sale, and the buyer was or was not offered to "
        + "object then, and did or did not. Unknown properties are refused with 400.")
record SoftOptInApiRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"EMAIL", "SMS"},
                description = "The address collected: e-mail or mobile number (SMS)", example = "EMAIL")
        String channel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, description = "The order or invoice "
                + "number", example = "CMD-2026-00412") String saleReference,
        @Schema(description = "The purchase recorded for the person (POST /api/v1/persons/{id}/purchases), when there "
                + "is one", example = "5f0c2a1e-3b7d-4c1a-9e55-0d6b8f1e2a33") UUID purchaseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The day the address was collected, at the "
                + "sale; not in the future", example = "2026-03-02") LocalDate collectedOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether the buyer was offered, simply and "
                + "free of charge, to object to prospecting when the address was collected") Boolean oppositionOffered,
        @Schema(maxLength = 200, description = "How the offer was made; required when oppositionOffered",
                example = "case à cocher non pré-cochée sur la page de paiement") String oppositionHow,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether the buyer objected then (ticked "
                + "the box): no soft opt-in, and an objection to prospecting on the channel") Boolean opposed,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 45, description = "The buyer's IP address: "
                + "IPv4 in dotted decimal or IPv6", example = "203.0.113.9") String ip,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Mozilla/5.0 (X11; Linux x86_64)")
        String userAgent,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, description = "Where the address was "
                + "collected: the absolute http(s) address of the page, or one of the labels checkout, account, "
                + "newsletter, mobile-app, in-store", example = "https://boutique.example.com/checkout")
        String source) {

    /** The JSON property names this request accepts; any other is refused. */
    static final Set<String> PROPERTIES = Arrays.stream(SoftOptInApiRequest.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** The evidence; an unknown channel is passed as null, which the ledger refuses on the channel field. */
    SoftOptInEvidence toEvidence(UUID personId) {
        Channel parsed = null;
        if (channel != null) {
            parsed = Arrays.stream(Channel.values()).filter(value -> value.name().equals(channel)).findFirst()
                    .orElse(null);
        }
        return SoftOptInEvidence.byApi(personId, parsed, saleReference, purchaseId, collectedOn,
                Boolean.TRUE.equals(oppositionOffered), oppositionHow, Boolean.TRUE.equals(opposed),
                source == null ? null : source.strip(), ip == null ? null : ip.strip(), userAgent);
    }
}
