package org.custodian.retention;

/** The tabs of the DPO's list of legal holds (RET-5). */
public enum LegalHoldFilter {

    /** Holding today, review due or not. */
    IN_FORCE,
    /** Holding today, and past their review date. */
    REVIEW_DUE,
    /** Past their end date: no longer holding. */
    ENDED,
    /** Released by the DPO. */
    RELEASED,
    /** Every hold. */
    ALL
}
