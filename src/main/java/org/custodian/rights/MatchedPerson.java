package org.custodian.rights;

import java.time.Instant;

import org.custodian.shared.PersonId;

/** A person of the file a human confirmed the requester to be (DSR-1), with how they were found. */
public record MatchedPerson(PersonId personId, MatchedBy matchedBy, Confidence confidence, String confirmedBy,
        Instant confirmedAt) {
}
