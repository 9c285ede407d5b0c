package org.custodian.audit;

/**
 * The result of walking the audit chain.
 *
 * @param valid            true when every entry and link verified
 * @param firstBrokenEntry the sequence number of the first entry that is missing or does not verify; null when valid
 * @param checkedEntries   entries that verified before the first break (all of them when valid)
 * @param problem          what broke, null when valid
 */
public record ChainVerification(boolean valid, Long firstBrokenEntry, long checkedEntries, Problem problem) {

    /**
     * What a broken link looks like.
     */
    public enum Problem {
        /** The entry's fields no longer match its MAC: it was modified. */
        MAC_MISMATCH,
        /** The entry does not point at its predecessor's MAC: an entry before it was replaced. */
        PREVIOUS_MAC_MISMATCH,
        /** A sequence number is missing: the entry was deleted. */
        MISSING_ENTRY,
        /** The chain-head row was rewritten without the key (or the key changed). */
        HEAD_SEAL_MISMATCH
    }

    static ChainVerification intact(long checkedEntries) {
        return new ChainVerification(true, null, checkedEntries, null);
    }

    static ChainVerification broken(long firstBrokenEntry, long checkedEntries, Problem problem) {
        return new ChainVerification(false, firstBrokenEntry, checkedEntries, problem);
    }
}
