package org.custodian.rights.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.rights.ExecutionOrder;

/** The body of {@code POST /api/v1/rights-requests/{id}/execute}: what the request's kind needs, nothing else. */
@Schema(name = "RightsExecutionRequest", description = "An erasure, an objection and a withdrawal need nothing; a "
        + "restriction needs its ground; a rectification a note of what was corrected on the person page")
record ExecutionApiRequest(
        @Schema(description = "Restriction: ACCURACY_CONTESTED, UNLAWFUL_PROCESSING, LEGAL_CLAIMS or OBJECTION_PENDING",
                example = "ACCURACY_CONTESTED") String ground,
        @Schema(description = "Restriction: why (the request's message when absent)", maxLength = 1000) String reason,
        @Schema(description = "Rectification: what was corrected", maxLength = 1000,
                example = "adresse corrigée") String note) {

    static final Set<String> PROPERTIES = RightsRequestApiRequest.names(ExecutionApiRequest.class);

    ExecutionOrder order() {
        return new ExecutionOrder(ground, reason, note);
    }
}
