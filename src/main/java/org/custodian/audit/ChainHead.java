package org.custodian.audit;

/**
 * The chain-head row: the last entry appended and the anchor left by the last retention purge.
 */
record ChainHead(long lastSequence, String lastMac, long anchorSequence, String anchorMac, String seal) {

    boolean sealedBy(ChainMac macs) {
        return ChainMac.same(macs.seal(lastSequence, lastMac, anchorSequence, anchorMac), seal);
    }
}
