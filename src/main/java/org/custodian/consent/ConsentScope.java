package org.custodian.consent;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custodian.register.ActivityView;
import org.custodian.register.LegalBasis;

/**
 * PRO-1, 000 §4 and §6: what a consent can be about — an activity of the register that can rest on consent (a consent
 * to the exclusion of bad payers, which rests on the contract, proves nothing and misleads whoever reads it), on a
 * channel that consent can cover, or the transmission to partners for their electronic prospecting.
 */
final class ConsentScope {

    /**
     * 000 §6: partners prospect by post on their legitimate interest, so the person objects (an {@code OBJECTED}
     * record); consent is what their electronic prospecting, and calls since PRO-4's date, need.
     */
    private static final Set<Channel> PARTNER_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.SMS, Channel.PHONE);

    private final Map<String, Set<Channel>> channels;

    private ConsentScope(Map<String, Set<Channel>> channels) {
        this.channels = channels;
    }

    /**
     * @param activities the register's activities, in the register's order
     */
    static ConsentScope of(List<ActivityView> activities) {
        var channels = new LinkedHashMap<String, Set<Channel>>();
        activities.stream().filter(ConsentScope::canRestOnConsent)
                .forEach(activity -> channels.put(activity.code(), EnumSet.allOf(Channel.class)));
        channels.put(ConsentLedger.PARTNER_TRANSMISSION, PARTNER_CHANNELS);
        return new ConsentScope(channels);
    }

    /** Consent is the chosen basis of a case, or one the standard allows while the controller has not chosen yet. */
    private static boolean canRestOnConsent(ActivityView activity) {
        return activity.legalBases().stream().anyMatch(basis -> basis.basis() == LegalBasis.CONSENT
                || basis.isOpen() && basis.options().contains(LegalBasis.CONSENT));
    }

    /** The purposes a consent can be about, in the register's order, then the transmission to partners. */
    List<String> purposes() {
        return List.copyOf(channels.keySet());
    }

    /** Whether a consent to this purpose can be recorded at all. */
    boolean covers(String purpose) {
        return channels.containsKey(purpose);
    }

    /** Whether a consent to this purpose can be given on this channel. */
    boolean covers(String purpose, Channel channel) {
        return channels.getOrDefault(purpose, Set.of()).contains(channel);
    }

    /** The channels a consent to this purpose can cover; empty when the purpose cannot rest on consent. */
    Set<Channel> channels(String purpose) {
        return channels.getOrDefault(purpose, Set.of());
    }
}
