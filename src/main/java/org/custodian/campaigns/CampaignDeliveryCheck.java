package org.custodian.campaigns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodian.contacts.Restrictions;
import org.custodian.mail.DeliveryCheck;
import org.custodian.mail.MailView;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.UnsubscribeLinks;
import org.springframework.stereotype.Component;

/**
 * PRO-3 «honoured at every send»: right before a chunk of campaign messages is handed to the SMTP server, the
 * suppression list is asked again about their recipients, so that an unsubscription between the batch's decision and
 * the delivery (a crash, a retry an hour later) still stops them; so are the restrictions of processing (DSR-5), a
 * freeze placed in between. Set-based (PRO-5 speed): one statement for the chunk's persons, one for their addresses on
 * the list, one for their restrictions, whatever the chunk's size.
 */
@Component
class CampaignDeliveryCheck implements DeliveryCheck {

    static final String UNSUBSCRIBED = "The recipient unsubscribed after the message was written";
    static final String RESTRICTED = "The processing of the recipient's data was restricted after the message was "
            + "written";

    private final CampaignMessages messages;
    private final SuppressionList suppressions;
    private final Restrictions restrictions;

    CampaignDeliveryCheck(CampaignMessages messages, SuppressionList suppressions, Restrictions restrictions) {
        this.messages = messages;
        this.suppressions = suppressions;
        this.restrictions = restrictions;
    }

    @Override
    public Map<UUID, String> refuseAll(List<MailView> mails) {
        var campaign = mails.stream().filter(mail -> mail.category().startsWith("campaign/")).toList();
        if (campaign.isEmpty()) {
            return Map.of();
        }
        var persons = messages.personsOfMails(campaign.stream().map(MailView::id).toList());
        var written = campaign.stream().filter(mail -> persons.containsKey(mail.id())).toList();
        var checks = suppressions.checkEmails(written.stream()
                .map(mail -> new UnsubscribeLinks.Recipient(persons.get(mail.id()), mail.to())).toList());
        var restricted = restrictions.restrictedAmong(written.stream().map(mail -> persons.get(mail.id())).toList());
        var refused = new HashMap<UUID, String>();
        for (var i = 0; i < written.size(); i++) {
            var mail = written.get(i);
            if (checks.get(i).blocks()) {
                refused.put(mail.id(), UNSUBSCRIBED);
            } else if (restricted.contains(persons.get(mail.id()))) {
                refused.put(mail.id(), RESTRICTED);
            }
        }
        return refused;
    }
}
