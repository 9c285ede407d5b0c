package org.custodian.prospecting;

import java.time.Instant;

/**
 * What the suppression list says about one person's address for one channel at send time (PRO-3).
 *
 * @param entry            the entry covering the channel, null when the address is not on the list for it
 * @param liftedByConsentOf the date of the consent, given after the opposition, that lifts it; null when none does
 */
public record SuppressionCheck(SuppressionEntryView entry, Instant liftedByConsentOf) {

    /** Whether the message must not go. */
    public boolean blocks() {
        return entry != null && liftedByConsentOf == null;
    }

    /** Whether an opposition is on the list but a later consent lifted it for the channel. */
    public boolean lifted() {
        return entry != null && liftedByConsentOf != null;
    }
}
