package org.custodian.rights.web;

import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/rights-requests/{id}/match}. */
@Schema(name = "RightsMatchRequest", description = "The person of the file a human confirms the requester to be")
record MatchApiRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0190f2a4-7c1e-7d2b-9a55-3c4e5f607182")
        UUID personId) {

    static final Set<String> PROPERTIES = RightsRequestApiRequest.names(MatchApiRequest.class);
}
