package org.custodian.rights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * What was done to carry out a rights request for one person of the file (DSR-5), or for the requester's address
 * alone (an objection without a match: {@code personId} null).
 *
 * @param personLabel how the person was matched, without identifying them: the record outlives an erased person
 * @param done        what was done, in words and counts
 * @param kept        what an erasure did not delete, with the legal reason and until when
 */
public record ExecutedAction(UUID id, UUID requestId, RightsKind kind, PersonId personId, String personLabel,
        String done, List<KeptItem> kept, Instant doneAt, String doneBy) {

    public ExecutedAction {
        kept = List.copyOf(kept);
    }

    ExecutedAction withKept(List<KeptItem> items) {
        return new ExecutedAction(id, requestId, kind, personId, personLabel, done, items, doneAt, doneBy);
    }

    /** One thing an erasure kept: the holder's section, what (no values), why, and until when at the latest. */
    public record KeptItem(String section, String what, String legalReason, Instant until) {
    }
}
