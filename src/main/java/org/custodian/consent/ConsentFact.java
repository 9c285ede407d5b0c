package org.custodian.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * Where one person × purpose × channel stands in the ledger, read set-based ({@link ConsentFacts}, the view
 * {@code consent_current}): the latest record in append order.
 *
 * @param recordId    the ledger record the state rests on (the consent, or the withdrawal or objection)
 * @param event       what that record says
 * @param status      {@link ConsentStatus#ACTIVE}, {@link ConsentStatus#ACTIVE_WITHOUT_PROOF},
 *                    {@link ConsentStatus#WITHDRAWN} or {@link ConsentStatus#OBJECTED}; a pending double opt-in is
 *                    not a consent and has no fact
 * @param recordedAt  when it was recorded (given, withdrawn or objected on)
 * @param confirmedAt when the person confirmed it from their mailbox (double opt-in), or null
 */
public record ConsentFact(UUID personId, String purpose, Channel channel, UUID recordId, ConsentEvent event,
        ConsentStatus status, ProofKind proof, Instant recordedAt, Instant confirmedAt) {

    /** Whether the person confirmed the consent from their own mailbox (double opt-in). */
    public boolean confirmed() {
        return confirmedAt != null;
    }
}
