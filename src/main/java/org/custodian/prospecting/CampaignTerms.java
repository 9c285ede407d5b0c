package org.custodian.prospecting;

import java.util.List;
import java.util.Objects;

import org.custodian.consent.Channel;

/**
 * What the eligibility rules read about a campaign (PRO-2).
 *
 * @param channel       the channel it uses: e-mail (CPCE L.34-5); SMS, post and phone campaigns are not decided here
 * @param purpose       the register's activity it serves, usually {@code PROSPECTING}
 * @param productFamily the product family it promotes (what «similar products» of the soft opt-in compares), null
 *                      when it promotes none in particular
 * @param professions   the professions and sectors its subject relates to (the B2B relevance test), e.g. «achats»,
 *                      «acheteur», «restauration collective»
 */
public record CampaignTerms(Channel channel, String purpose, String productFamily, List<String> professions) {

    public CampaignTerms {
        Objects.requireNonNull(channel, "channel");
        if (channel != Channel.EMAIL) {
            throw new IllegalArgumentException("These rules decide e-mail campaigns, not " + channel);
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A campaign serves a purpose of the register");
        }
        productFamily = productFamily == null || productFamily.isBlank() ? null : productFamily.strip();
        professions = professions == null ? List.of() : List.copyOf(professions);
    }
}
