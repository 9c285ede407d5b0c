package org.custodian.register;

/**
 * The event a retention period runs from (RET-1, RET-4; 000 §4 and §7, 001 §7).
 */
public enum RetentionTrigger {
    COLLECTION,
    /** Collection or the last contact from the person: a request, a click in an e-mail, never an e-mail opened (PRO-6). */
    LAST_CONTACT,
    /** The end of the contractual relationship. */
    END_OF_CONTRACT,
    /**
     * The end of the commercial relationship with a customer: the latest of the last purchase, a warranty's expiry, the
     * end of a service contract and the last contact from the customer (000 §7, PRO-6).
     */
    END_OF_RELATIONSHIP,
    INCIDENT, REGULARISATION,
    /** Inactivity of an online account; the holder is notified before the period ends (000 §7). */
    ACCOUNT_INACTIVITY,
    ANSWER_TO_REQUEST,
    /** The end of the use a proof supports (a consent withdrawn, an objection lifted). */
    END_OF_USE,
    /** Consent withdrawn or an objection made ("until consent is withdrawn or 3 years", 000 §4). */
    CONSENT_WITHDRAWN_OR_OBJECTION,
    /** The payment finalised (card data; a card security code is never stored at all, CON-6). */
    PAYMENT_FINALISED,
    /** The identity of a person making a request confirmed (identity proofs, 000 §7). */
    IDENTITY_CONFIRMED
}
