package org.custodian.audit;

import org.custodian.audit.ChainVerification.Problem;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain from the anchor to the head and reports the first broken link (SEC-3): an entry
 * whose fields no longer match its MAC (modified), a missing sequence number (deleted), a link to the
 * wrong predecessor, or a head row rewritten without the key. Reads in slices, so memory stays flat
 * however long the log is.
 */
@Component
class ChainVerifier {

    private static final int SLICE = 1000;

    private final AuditChainStore store;
    private final ChainMac macs;

    ChainVerifier(AuditChainStore store, ChainMac macs) {
        this.store = store;
        this.macs = macs;
    }

    ChainVerification verify() {
        var head = store.head();
        var result = walk(head);
        if (!result.valid() && store.head().anchorSequence() != head.anchorSequence()) {
            // A retention purge moved the anchor while we walked: what looked missing was purged. Walk again.
            result = walk(store.head());
        }
        return result;
    }

    private ChainVerification walk(ChainHead head) {
        if (!head.sealedBy(macs)) {
            return ChainVerification.broken(head.lastSequence(), 0, Problem.HEAD_SEAL_MISMATCH);
        }
        var expected = head.anchorSequence() + 1;
        var previousMac = head.anchorMac();
        var checked = 0L;
        while (expected <= head.lastSequence()) {
            var slice = store.chainSlice(expected - 1, head.lastSequence(), SLICE);
            if (slice.isEmpty()) {
                break;
            }
            for (var entry : slice) {
                if (entry.sequence() != expected) {
                    return ChainVerification.broken(expected, checked, Problem.MISSING_ENTRY);
                }
                if (!ChainMac.same(previousMac, entry.previousMac())) {
                    return ChainVerification.broken(expected, checked, Problem.PREVIOUS_MAC_MISMATCH);
                }
                var mac = macs.entryMac(previousMac, entry.sequence(), entry.occurredAt(), entry.actor(),
                        entry.action(), entry.resourceType(), entry.resourceId(), entry.purpose(), entry.detail());
                if (!ChainMac.same(mac, entry.mac())) {
                    return ChainVerification.broken(expected, checked, Problem.MAC_MISMATCH);
                }
                checked++;
                previousMac = entry.mac();
                expected++;
            }
        }
        if (expected <= head.lastSequence()) {
            return ChainVerification.broken(expected, checked, Problem.MISSING_ENTRY);
        }
        if (!ChainMac.same(head.lastMac(), previousMac)) {
            return ChainVerification.broken(head.lastSequence(), checked, Problem.PREVIOUS_MAC_MISMATCH);
        }
        return ChainVerification.intact(checked);
    }
}
