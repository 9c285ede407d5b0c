package org.custodian.notices;

import java.util.UUID;

/**
 * What became of a submission.
 *
 * @param personId             the prospect created, or the person found by the e-mail address
 * @param outcome              whether the person was created, completed or left as it was
 * @param confirmationRequired whether a consent box was ticked, so that the thank-you page tells the visitor to look for
 *                             a confirmation mail: said whether or not one went (a person already on file, an e-mail
 *                             consent, the day's limit of mails), so that the page reveals none of that
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
