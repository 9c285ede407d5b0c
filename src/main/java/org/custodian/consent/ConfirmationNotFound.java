package org.custodian.consent;

import org.custodian.shared.RecordNotFound;

/**
 * The confirmation link is unknown, already used or expired.
 */
public class ConfirmationNotFound extends RecordNotFound {

    private ConfirmationNotFound() {
        super("This confirmation link is not valid any more");
    }

    public static ConfirmationNotFound forToken() {
        return new ConfirmationNotFound();
    }
}
