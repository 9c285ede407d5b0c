package org.custodian.retention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.retention.LegalHold;
import org.custodian.retention.LegalHoldState;

/** A legal hold as the API answers it. */
@Schema(name = "LegalHold")
record LegalHoldResource(UUID id, UUID personId,
        @Schema(description = "Whether the person is in the intermediate archive, whose end the hold suspends")
        boolean archived, UUID rightsRequestId, String reason, String owner, LocalDate endOn,
        LocalDate reviewOn,
        @Schema(description = "IN_FORCE, REVIEW_DUE (still holds), ENDED or RELEASED (no longer hold)")
        LegalHoldState state,
        @Schema(description = "Whether the records it names are kept from deletion today") boolean holds,
        Instant placedAt, String placedBy, Instant releasedAt, String releasedBy, String releaseReason) {

    static LegalHoldResource of(LegalHold hold) {
        return new LegalHoldResource(hold.id(), hold.personId() == null ? null : hold.personId().value(),
                hold.archived(), hold.rightsRequestId(), hold.reason(), hold.owner(), hold.endOn(), hold.reviewOn(), hold.state(),
                hold.holds(), hold.placedAt(), hold.placedBy(), hold.releasedAt(), hold.releasedBy(),
                hold.releaseReason());
    }
}
