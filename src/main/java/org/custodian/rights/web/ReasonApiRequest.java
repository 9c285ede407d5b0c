package org.custodian.rights.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/rights-requests/{id}/extend} and {@code …/identity-check}. */
@Schema(name = "RightsReasonRequest", description = "The reason, written down and mailed to the requester")
record ReasonApiRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000,
                example = "Votre demande porte sur dix ans d’échanges que nous rassemblons.") String reason) {

    static final Set<String> PROPERTIES = RightsRequestApiRequest.names(ReasonApiRequest.class);
}
