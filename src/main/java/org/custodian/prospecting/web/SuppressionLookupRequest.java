package org.custodian.prospecting.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/suppressions/lookup}: a POST, so that the address stays out of URLs and access logs.
 */
@Schema(name = "SuppressionLookup", description = "An e-mail address, a phone number or both, to check against the "
        + "suppression list. Unknown properties are refused with 400.")
record SuppressionLookupRequest(
        @Schema(maxLength = 254, example = "marie.dupont@example.com") String email,
        @Schema(example = "06 12 34 56 78") String phone) {

    /** The JSON property names this request accepts; any other is refused. */
    static final Set<String> PROPERTIES = Arrays.stream(SuppressionLookupRequest.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());
}
