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

    /** A withdrawal the person asked for, with how they asked. */
    record Withdrawal(String purpose, Channel channel, String source) {
    }
}
