package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.time.Duration;
import java.util.LinkedHashMap;

/**
 * PRO-8 — «The number of solicitations a person receives is capped (a frequency limit per period)»: a person who
 * already received {@code maxMessages} prospecting messages within {@code window} is postponed, not dropped; they are
 * reached once older messages leave the window.
 *
 * @param maxMessages how many messages the window may hold (e.g. 4)
 * @param window      the sliding period, in whole days (e.g. 30 days)
 */
record FrequencyCap(int maxMessages, Duration window) {

    FrequencyCap {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("The frequency cap allows at least one message");
        }
        if (window == null || window.toDays() < 1 || !window.equals(Duration.ofDays(window.toDays()))) {
            throw new IllegalArgumentException("The frequency cap's window is a whole number of days");
        }
    }

    /** The decision itself when the person is under the cap, else postponed with it as the basis. */
    EligibilityDecision apply(EligibilityDecision decision, int messagesInWindow) {
        if (!decision.eligible() || messagesInWindow < maxMessages) {
            return decision;
        }
        var postponed = EligibilityDecision.postponed(EligibilityRule.FREQUENCY_CAP,
                "prospecting.reason.frequencyCap", evidenceOf("messagesInWindow", messagesInWindow, "maxMessages",
                        maxMessages, "windowDays", window.toDays(), "basis", decision.rule()),
                messagesInWindow, window.toDays(), maxMessages);
        var basis = new LinkedHashMap<>(decision.evidence());
        basis.remove("rule");
        return postponed.withEvidence(basis);
    }
}
