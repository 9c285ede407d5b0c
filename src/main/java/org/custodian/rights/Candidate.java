package org.custodian.rights;

import org.custodian.shared.PersonId;

/**
 * A person of the file who may be the requester (DSR-1), with what points to them and how sure that is; the DPO
 * decides, one by one.
 *
 * @param name      the person's display name
 * @param matched   whether a human already confirmed this person for the request
 */
public record Candidate(PersonId personId, String name, String email, String phone, String address,
        MatchedBy matchedBy, Confidence confidence, boolean matched) {
}
