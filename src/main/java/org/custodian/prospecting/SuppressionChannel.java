package org.custodian.prospecting;

import org.custodian.consent.Channel;

/**
 * What an opposition on the suppression list covers (PRO-3): every channel, or one.
 */
public enum SuppressionChannel {
    ALL, EMAIL, SMS, PHONE, POST;

    /** Whether an entry for this channel stops a message by {@code channel}. */
    public boolean covers(Channel channel) {
        return this == ALL || name().equals(channel.name());
    }

    /** The entry that stops only {@code channel}. */
    public static SuppressionChannel of(Channel channel) {
        return valueOf(channel.name());
    }
}
