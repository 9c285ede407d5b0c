package org.custodian.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * A legal hold to place (RET-5): on a person or on a rights request (exactly one), its reason, the login of the staff
 * member responsible (the caller when null), and an end date or a review date (at least one).
 */
public record NewLegalHold(PersonId personId, UUID rightsRequestId, String reason, String owner, LocalDate endOn,
        LocalDate reviewOn) {
}
