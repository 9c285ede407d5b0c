package org.custodian.audit;

/**
 * The result of walking the audit chain.
 *
 * @param valid            true when every entry and link verified
 * @param firstBrokenEntry the sequence number of the first entry that is missing, out of the chain or does not verify;
 *                         null when valid, and when the problem is the head row itself or a forged checkpoint
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
        HEAD_SEAL_MISMATCH,
        /** The chain-head row is unsealed while the log holds entries: it was reset to its initial values. */
        HEAD_UNSEALED,
        /** The chain-head row was deleted. */
        HEAD_MISSING,
        /**
         * The head is older than a seal already made (seen by this node, or in the checkpoint given): an old head
         * row was put back after the newer entries were deleted.
         */
        ROLLED_BACK,
        /** An entry lies after the sealed head or before the retention anchor: it was inserted by hand. */
        ENTRY_OUTSIDE_CHAIN,
        /** The checkpoint given was not signed with this installation's key: it proves nothing. */
        CHECKPOINT_NOT_AUTHENTIC,
        /** The entry the checkpoint sealed no longer has the MAC it had: the log was rewritten since. */
        CHECKPOINT_MISMATCH
    }

    static ChainVerification intact(long checkedEntries) {
        return new ChainVerification(true, null, checkedEntries, null);
    }

    static ChainVerification broken(long firstBrokenEntry, long checkedEntries, Problem problem) {
        return new ChainVerification(false, firstBrokenEntry, checkedEntries, problem);
    }

    static ChainVerification brokenHead(Problem problem) {
        return new ChainVerification(false, null, 0, problem);
    }

    /** One line for the application log and the audit entry recording the check. */
    String describe() {
        if (valid) {
            return "Chain valid: " + checkedEntries + " entries checked";
        }
        return firstBrokenEntry == null ? "Chain broken (" + problem + ")"
                : "Chain broken at entry " + firstBrokenEntry + " (" + problem + ")";
    }
}
