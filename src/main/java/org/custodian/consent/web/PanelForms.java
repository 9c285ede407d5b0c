package org.custodian.consent.web;

import org.custodian.consent.Channel;
import org.custodian.consent.HowGiven;

/**
 * The forms of the person page's consent panel.
 */
final class PanelForms {

    private PanelForms() {
    }

    /** Send the double opt-in mail for an e-mail consent the person asked for. */
    record EmailRequest(String purpose, String text) {
    }

    /** A consent the person gave by letter, on the phone or in person, with how it was given. */
    record Given(String purpose, Channel channel, String text, HowGiven how, String details) {
    }

    /**
     * The evidence of a soft opt-in at a sale: the channel whose address was collected, the sale, the day, how staff
     * know it (how and details), whether and how the person was offered to object, and whether they objected.
     */
    record SoftOptIn(Channel channel, String saleReference, String collectedOn, HowGiven how, String details,
            Boolean oppositionOffered, String oppositionHow, Boolean opposed) {
    }

    /** A withdrawal the person asked for, with how they asked. */
    record Withdrawal(String purpose, Channel channel, String source) {
    }
}
