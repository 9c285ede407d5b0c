package org.custodian.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed copy of the audit chain's head, kept outside the database by the DPO (SEC-3): a file written
 * periodically and, when an address is configured, a mail. Verifying the log against it reports a rollback
 * to before it — which nothing left inside the database can reveal. Its JSON form is what the checkpoint
 * file holds and what {@code POST /api/v1/audit/verify} accepts.
 *
 * @param sequence  the last entry the head covered
 * @param sealCount how many times the head had been sealed
 * @param sealedAt  when the head was last sealed
 * @param headMac   the MAC of entry {@code sequence}
 * @param signature HMAC-SHA256 over the four fields with the audit key: a checkpoint cannot be forged
 *                  without it
 */
public record AuditCheckpoint(long sequence, long sealCount, Instant sealedAt, String headMac, String signature) {

    public AuditCheckpoint {
        Objects.requireNonNull(sealedAt, "sealedAt");
        Objects.requireNonNull(headMac, "headMac");
        Objects.requireNonNull(signature, "signature");
    }

    static AuditCheckpoint of(ChainHead head, ChainMac macs) {
        return new AuditCheckpoint(head.lastSequence(), head.sealCount(), head.sealedAt(), head.lastMac(),
                macs.checkpointSignature(head.lastSequence(), head.sealCount(), head.sealedAt(), head.lastMac()));
    }

    boolean signedBy(ChainMac macs) {
        return ChainMac.same(macs.checkpointSignature(sequence, sealCount, sealedAt, headMac), signature);
    }
}
