package org.custodian.consent.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.consent.CollectedConsent;

/**
 * The body of {@code POST /api/v1/consents}.
 */
@Schema(name = "ConsentRequest", description = "A consent collected by a web shop, with its proof (PRO-1). Unknown "
        + "properties and card security codes (CON-6) are refused with 400.")
record ConsentApiRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 254, example = "marie.dupont@example.com")
        String email,
        @Schema(maxLength = 150, example = "Marie") String firstNames,
        @Schema(description = "Required when nobody holds this e-mail address yet (the prospect is created)",
                maxLength = 100, example = "Dupont") String lastName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A processing activity code of the "
                + "register (GET /api/v1/register/activities)", example = "PROSPECTING") String purpose,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"EMAIL", "SMS", "PHONE", "POST"},
                example = "EMAIL") String channel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000, description = "The exact text shown "
                + "next to the box", example = "J'accepte de recevoir par e-mail les offres de Maison Lumière.")
        String text,
        @Schema(description = "The shop form's version", example = "3") Integer formVersion,
        @Schema(description = "The privacy notice version shown", example = "2") Integer noticeVersion,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 45, description = "The visitor's IP "
                + "address: IPv4 in dotted decimal or IPv6 (no host name, no zone); anything else is refused with rule "
                + "ip", example = "203.0.113.9") String ip,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Mozilla/5.0 (X11; Linux x86_64)")
        String userAgent,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, description = "Where the consent was "
                + "collected: the absolute http(s) address of the page, or one of the labels checkout (order "
                + "checkout), account (customer account settings), newsletter (newsletter sign-up), mobile-app (the "
                + "shop's app), in-store (a terminal in a shop); anything else is refused with rule source",
                example = "https://boutique.example.com/checkout") String source) {

    /** The JSON property names this request accepts; any other is refused. */
    static final Set<String> PROPERTIES = Arrays.stream(ConsentApiRequest.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    CollectedConsent toConsent() {
        return new CollectedConsent(email, firstNames, lastName, purpose, channel, text, formVersion, noticeVersion,
                ip, userAgent, source);
    }
}
