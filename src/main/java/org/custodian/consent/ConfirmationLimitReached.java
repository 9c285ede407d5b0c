package org.custodian.consent;

/**
 * A double opt-in mail was refused because the person's address already received the day's number of confirmation
 * mails ({@code custodian.consent.confirmation-mails-per-day}); nothing was recorded.
 */
public class ConfirmationLimitReached extends RuntimeException {

    ConfirmationLimitReached() {
        super("The day's confirmation mails to this address are used up");
    }
}
