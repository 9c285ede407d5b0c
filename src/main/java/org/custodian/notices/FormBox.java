package org.custodian.notices;

import org.custodian.consent.Channel;

/**
 * One box of a collection form: separate per purpose and channel, never pre-ticked (INF-2).
 *
 * @param kind    consent or opposition
 * @param purpose the register activity code
 * @param channel the channel it is about
 * @param text    the exact text shown next to the box, kept as the proof of what the person accepted or refused
 */
public record FormBox(BoxKind kind, String purpose, Channel channel, String text) {

    /** The value the box sends when ticked, e.g. {@code PROSPECTING:EMAIL}. */
    public String value() {
        return purpose + ":" + channel;
    }
}
