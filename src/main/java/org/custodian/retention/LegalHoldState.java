package org.custodian.retention;

/**
 * Where a legal hold stands on a given day (RET-5), as {@link LegalHoldRule} decides.
 */
public enum LegalHoldState {

    /** It holds: the records it names are not deleted. */
    IN_FORCE,
    /** It still holds, but its review date has come: the DPO must decide whether it goes on. */
    REVIEW_DUE,
    /** Its end date has passed: it no longer holds. */
    ENDED,
    /** Released by the DPO, with a reason: it no longer holds. */
    RELEASED;

    /** Whether the records it names are kept from deletion. */
    public boolean holds() {
        return this == IN_FORCE || this == REVIEW_DUE;
    }
}
