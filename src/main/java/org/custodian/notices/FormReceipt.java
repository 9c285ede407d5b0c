package org.custodian.notices;

import java.util.UUID;

/**
 * What became of a submission.
 *
 * @param personId             the prospect created, or the person found by the e-mail address
 * @param outcome              whether the person was created, completed or left as it was
 * @param confirmationRequired whether a double opt-in mail was sent: an e-mail consent counts only once confirmed
 */
public record FormReceipt(UUID personId, Outcome outcome, boolean confirmationRequired) {

    /** What happened to the person's file. */
    public enum Outcome {
        /** A new prospect. */
        CREATED,
        /** A known person whose empty fields were filled in. */
        COMPLETED,
        /** A known person, file unchanged. */
        UNCHANGED
    }
}
