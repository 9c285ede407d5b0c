package org.custodian.rights;

import java.time.Instant;
import java.util.UUID;

/**
 * The forwarding of a carried-out request to one recipient of the register (DSR-6), as the DPO checks it.
 *
 * @param recipientType {@code PROCESSOR} or {@code PARTNER}
 * @param address       the address the message went to; null when it is to be told by other means
 * @param mailStatus    the outbox state of the message (QUEUED, SENT, FAILED …), null without a message
 * @param doneNote      how it was told by other means, once staff marked it done
 */
public record ForwardingView(UUID id, String recipientType, String recipientName, String address, UUID mailId,
        String mailStatus, Instant forwardedAt, String forwardedBy, String doneNote, Instant doneAt, String doneBy) {

    /** Whether the recipient has no address and must be told by other means. */
    public boolean byOtherMeans() {
        return mailId == null;
    }

    /** Whether it is still to be done: told by other means and not yet marked done. */
    public boolean pending() {
        return mailId == null && doneAt == null;
    }
}
