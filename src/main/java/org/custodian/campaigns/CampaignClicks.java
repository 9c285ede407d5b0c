package org.custodian.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonContacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows a click link of a campaign message (issue 9 §4, PRO-6): the redirect goes to the template's link the token
 * names, never elsewhere. The first click on a message is a contact from the person (the three-year clock restarts
 * from it, {@link ContactKind#CLICK}); every click is counted in the campaign's results. There is no open tracking.
 */
@Service
public class CampaignClicks {

    private final ClickLinks links;
    private final CampaignRepository campaigns;
    private final CampaignMessages messages;
    private final PersonContacts contacts;
    private final Clock clock;
    private final ZoneId zone;

    CampaignClicks(ClickLinks links, CampaignRepository campaigns, CampaignMessages messages, PersonContacts contacts,
            Clock clock, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.links = links;
        this.campaigns = campaigns;
        this.messages = messages;
        this.contacts = contacts;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The address a click link leads to, or empty when the token is not a genuine one (forged, altered) or names no
     * link of the campaign's template.
     *
     * @param counts whether this request is a click ({@code GET}), or only a look at where it leads ({@code HEAD})
     */
    @Transactional
    public Optional<String> follow(String token, boolean counts) {
        var click = links.open(token);
        if (click.isEmpty()) {
            return Optional.empty();
        }
        var campaign = campaigns.find(click.get().campaign());
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        var targets = ClickLinks.targets(campaign.get().template().html());
        if (click.get().index() < 0 || click.get().index() >= targets.size()) {
            return Optional.empty();
        }
        if (counts) {
            var now = clock.instant();
            var first = messages.click(click.get().campaign(), click.get().person(), now);
            if (first.orElse(false)) {
                contacts.record(click.get().person(), LocalDate.ofInstant(now, zone), ContactKind.CLICK);
            }
        }
        return Optional.of(targets.get(click.get().index()).replace("&amp;", "&"));
    }
}
