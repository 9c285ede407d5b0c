package org.custodian.retention.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.retention.NewLegalHold;
import org.custodian.shared.PersonId;

/** {@code POST /api/v1/legal-holds}. */
@Schema(name = "LegalHoldRequest", description = "Exactly one of personId and rightsRequestId; at least one of endOn "
        + "and reviewOn, neither in the past. Unknown properties are refused.")
record LegalHoldApiRequest(
        @Schema(description = "The person held") UUID personId,
        @Schema(description = "The rights request held, instead of a person") UUID rightsRequestId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000,
                example = "Litige prud'homal n° 24/00123 : conserver le dossier client jusqu'au jugement")
        String reason,
        @Schema(maxLength = 200, description = "Login of the staff member responsible; the caller when absent")
        String owner,
        @Schema(description = "The last day the hold holds", example = "2027-06-30") LocalDate endOn,
        @Schema(description = "The day the hold is due for review; it still holds after it", example = "2027-01-15")
        LocalDate reviewOn) {

    static final Set<String> PROPERTIES = Arrays.stream(LegalHoldApiRequest.class.getRecordComponents())
            .map(component -> component.getName()).collect(Collectors.toUnmodifiableSet());

    NewLegalHold toNew() {
        return new NewLegalHold(personId == null ? null : new PersonId(personId), rightsRequestId, reason, owner,
                endOn, reviewOn);
    }
}
