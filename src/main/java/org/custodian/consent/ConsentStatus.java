package org.custodian.consent;

/**
 * The current state of one purpose × channel for one person, derived from the ledger.
 */
public enum ConsentStatus {
    /** Given, with proof. */
    ACTIVE,
    /** Imported without proof: recorded, but not usable for electronic prospecting. */
    ACTIVE_WITHOUT_PROOF,
    /** E-mail consent waiting for the double opt-in: it does not count yet. */
    PENDING_CONFIRMATION,
    /** Withdrawn by the person. */
    WITHDRAWN,
    /** The person objected (a box ticked on a collection form, or a request): the use stops. */
    OBJECTED
}
