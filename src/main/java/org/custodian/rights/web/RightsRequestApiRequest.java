package org.custodian.rights.web;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/rights-requests}. */
@Schema(name = "RightsRequestRequest", description = "A data-subject rights request as it was received (DSR-1). A "
        + "last name or an e-mail address is needed to find and answer the requester. Unknown properties are refused "
        + "with 400.")
record RightsRequestApiRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ACCESS", "RECTIFICATION", "ERASURE",
            "RESTRICTION", "OBJECTION", "PORTABILITY", "WITHDRAWAL", "HUMAN_REVIEW"}, example = "ACCESS") String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"FORM", "EMAIL", "LETTER", "PHONE",
            "SOCIAL", "API"}, example = "API") String channel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The day the request was received, as "
                + "stated (not the day it is recorded); not in the future", example = "2026-11-30") LocalDate receivedOn,
        @Schema(maxLength = 254, example = "marie.dupont@example.com") String email,
        @Schema(maxLength = 150, example = "Marie") String firstNames,
        @Schema(maxLength = 100, example = "Dupont") String lastName,
        @Schema(maxLength = 10, description = "Helps to find the requester among namesakes", example = "44000")
        String postcode,
        @Schema(maxLength = 30, example = "+33 6 12 34 56 78") String phone,
        @Schema(maxLength = 10000, example = "Je souhaite obtenir une copie de mes données.") String message,
        @Schema(description = "The requester's language: the mails to them, the answer letter and the access "
                + "package are written in it; fr when absent", allowableValues = {"fr", "en"}, example = "fr")
        String language) {

    /** The JSON property names this request accepts; any other is refused. */
    static final Set<String> PROPERTIES = names(RightsRequestApiRequest.class);

    static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
