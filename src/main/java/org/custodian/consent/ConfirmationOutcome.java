package org.custodian.consent;

/**
 * What became of a request for the person to confirm consents from their own mailbox.
 */
public enum ConfirmationOutcome {
    /** A confirmation mail listing the new requests went to the person's address. */
    MAILED,
    /** Every consent asked for was already waiting for the person's confirmation: the earlier mail's link stands. */
    ALREADY_PENDING,
    /**
     * The address already received the day's number of confirmation mails: nothing was recorded and no mail was
     * queued, so that nobody can flood a person's mailbox through a public form.
     */
    LIMIT_REACHED
}
