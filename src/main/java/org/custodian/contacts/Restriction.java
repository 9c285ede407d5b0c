package org.custodian.contacts;

import java.time.Instant;
import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * A restriction of processing of a person's data (DSR-5): placed with its ground and reason, in force until it is
 * lifted with a reason.
 *
 * @param id           the restriction's id, named by the decisions it causes (a campaign's exclusion)
 * @param personId     whose data is restricted
 * @param ground       the case of art. 18(1)
 * @param reason       what the person asked and why, as the DPO wrote it
 * @param restrictedAt when it was placed
 * @param restrictedBy who placed it
 * @param liftedAt     when it was lifted, null while in force
 * @param liftedBy     who lifted it, null while in force
 * @param liftReason   why it was lifted, null while in force
 */
public record Restriction(UUID id, PersonId personId, RestrictionGround ground, String reason, Instant restrictedAt,
        String restrictedBy, Instant liftedAt, String liftedBy, String liftReason) {

    /** Whether the restriction still freezes the processing. */
    public boolean inForce() {
        return liftedAt == null;
    }
}
