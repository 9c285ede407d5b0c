package org.custodian.prospecting.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/suppressions}.
 */
@Schema(name = "SuppressionRequest", description = "An objection to prospecting to put on the suppression list (PRO-3): "
        + "an e-mail address, a phone number or both. They are hashed with a key kept outside the database and never "
        + "stored. Unknown properties are refused with 400.")
record SuppressionApiRequest(
        @Schema(maxLength = 254, example = "marie.dupont@example.com") String email,
        @Schema(description = "French or international format; stored as the hash of its national digits",
                example = "+33 6 12 34 56 78") String phone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ALL", "EMAIL", "SMS", "PHONE", "POST"},
                example = "EMAIL") String channel,
        @Schema(description = "Where the objection was made; API when absent",
                allowableValues = {"API", "UNSUBSCRIBE_LINK", "IMPORT"}, example = "UNSUBSCRIBE_LINK") String source,
        @Schema(maxLength = 500, description = "Why, without any address or phone number",
                example = "Désinscription depuis la boutique") String reason) {

    /** The JSON property names this request accepts; any other is refused. */
    static final Set<String> PROPERTIES = Arrays.stream(SuppressionApiRequest.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());
}
