package org.custodian.rights.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/rights-requests/{id}/answer} and {@code …/answer/by-post}. */
@Schema(name = "RightsAnswerRequest", description = "The answer letter, as the DPO wrote it")
record AnswerApiRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000,
                example = "Madame, vous trouverez ci-joint une copie complète des données que nous détenons sur vous.")
        String letter,
        @Schema(description = "Whether the access package includes the access-log entries about the person "
                + "(default false)") Boolean accessLog) {

    static final Set<String> PROPERTIES = RightsRequestApiRequest.names(AnswerApiRequest.class);

    boolean withAccessLog() {
        return Boolean.TRUE.equals(accessLog);
    }
}
