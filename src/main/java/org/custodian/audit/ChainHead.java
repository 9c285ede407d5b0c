package org.custodian.audit;

import java.time.Instant;

/**
 * The chain-head row: the last entry appended, the anchor left by the last retention purge, and how many
 * times and when the head was sealed — all of them under the seal.
 */
record ChainHead(long lastSequence, String lastMac, long anchorSequence, String anchorMac, long sealCount,
        Instant sealedAt, String seal) {

    boolean sealedBy(ChainMac macs) {
        return sealedAt != null
                && ChainMac.same(macs.seal(lastSequence, lastMac, anchorSequence, anchorMac, sealCount, sealedAt), seal);
    }

    /** Sealed before the head carried its counter and time (migration V23): the older seal over four fields. */
    boolean sealedBeforeCounter(ChainMac macs) {
        return sealCount == 0 && sealedAt == null
                && ChainMac.same(macs.legacySeal(lastSequence, lastMac, anchorSequence, anchorMac), seal);
    }

    /** The row as the migration created it, never sealed. */
    boolean isInitial() {
        return seal == null && lastSequence == 0 && anchorSequence == 0 && sealCount == 0;
    }
}
