package org.custodian.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a person stands on the soft opt-in of one channel: the latest evidence recorded, in append order. The same
 * shape comes from {@link ConsentLedger#softOptIns} (one person) and {@link ConsentFacts} (the whole file, the view
 * {@code soft_opt_in_current}).
 *
 * @param evidenceId  the evidence the state rests on
 * @param recordedAt  when it was recorded
 */
public record SoftOptInState(UUID evidenceId, UUID personId, Channel channel, SoftOptInStatus status,
        String saleReference, UUID purchaseId, LocalDate collectedOn, boolean oppositionOffered, boolean opposed,
        Instant recordedAt) {

    /** Whether the evidence lets the organisation prospect the person on this channel for similar products. */
    public boolean valid() {
        return status == SoftOptInStatus.VALID;
    }
}
