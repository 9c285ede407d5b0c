package org.custodian.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * A legal hold as read (RET-5), with where it stands today.
 *
 * @param personId        the person held, or null when the hold names a rights request
 * @param archived        whether the person held is in the intermediate archive, whose end the hold suspends
 * @param rightsRequestId the rights request held, or null when the hold names a person
 * @param owner           the login of the staff member responsible for the hold
 * @param endOn           the last day it holds, or null
 * @param reviewOn        the day it is due for review, or null
 * @param personName      the held person's name as the current user may see it; null when the hold names a request,
 *                        the person is no longer on file, or the user's role does not read the customer file
 * @param state           where it stands today ({@link LegalHoldRule})
 */
public record LegalHold(UUID id, PersonId personId, boolean archived, UUID rightsRequestId, String reason, String owner,
        LocalDate endOn, LocalDate reviewOn, Instant placedAt, String placedBy, Instant releasedAt,
        String releasedBy, String releaseReason, String personName, LegalHoldState state) {

    /** Whether the records it names are kept from deletion today. */
    public boolean holds() {
        return state.holds();
    }

    LegalHold named(String name) {
        return new LegalHold(id, personId, archived, rightsRequestId, reason, owner, endOn, reviewOn, placedAt, placedBy,
                releasedAt, releasedBy, releaseReason, name, state);
    }
}
