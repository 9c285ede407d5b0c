package org.custodian.register;

/**
 * The event a retention period runs from (RET-1).
 */
public enum RetentionTrigger {
    COLLECTION, LAST_CONTACT, END_OF_CONTRACT, INCIDENT, REGULARISATION, ACCOUNT_INACTIVITY, ANSWER_TO_REQUEST,
    /** The end of the use a proof supports (a consent withdrawn, an objection lifted). */
    END_OF_USE
}
