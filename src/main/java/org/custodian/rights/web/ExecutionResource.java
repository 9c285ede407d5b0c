package org.custodian.rights.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodian.rights.ExecutedAction;

/** What was done to carry out a request, person by person (DSR-5), as the API answers it. */
record ExecutionResource(UUID requestId, List<Action> actions) {

    static ExecutionResource of(UUID request, List<ExecutedAction> actions) {
        return new ExecutionResource(request, actions.stream().map(action -> new Action(action.kind().name(),
                action.personId() == null ? null : action.personId().value(), action.personLabel(), action.done(),
                action.kept().stream().map(item -> new Kept(item.section(), item.what(), item.legalReason(),
                        item.until())).toList(), action.doneAt(), action.doneBy())).toList());
    }

    /** One person's action; {@code personId} null for the requester's own address (an objection). */
    record Action(String kind, UUID personId, String personLabel, String done, List<Kept> kept, Instant doneAt,
            String doneBy) {
    }

    /** What an erasure kept, why and until when. */
    record Kept(String section, String what, String legalReason, Instant until) {
    }
}
