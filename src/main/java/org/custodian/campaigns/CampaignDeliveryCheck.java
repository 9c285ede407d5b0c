package org.custodian.campaigns;

import java.util.Optional;

import org.custodian.consent.Channel;
import org.custodian.mail.DeliveryCheck;
import org.custodian.mail.MailView;
import org.custodian.prospecting.SuppressionList;
import org.springframework.stereotype.Component;

/**
 * PRO-3 «honoured at every send»: right before a campaign message is handed to the SMTP server, the suppression list
 * is asked again about its recipient, so that an unsubscription between the batch's decision and the delivery (a
 * crash, a retry an hour later) still stops it. One keyed-hash lookup per message.
 */
@Component
class CampaignDeliveryCheck implements DeliveryCheck {

    private final CampaignMessages messages;
    private final SuppressionList suppressions;

    CampaignDeliveryCheck(CampaignMessages messages, SuppressionList suppressions) {
        this.messages = messages;
        this.suppressions = suppressions;
    }

    @Override
    public Optional<String> refuse(MailView mail) {
        if (!mail.category().startsWith("campaign/")) {
            return Optional.empty();
        }
        var person = messages.personOfMail(mail.id());
        if (person.isEmpty()) {
            return Optional.empty();
        }
        var check = suppressions.check(person.get(), mail.to(), null, Channel.EMAIL);
        return check.blocks() ? Optional.of("The recipient unsubscribed after the message was written") : Optional.empty();
    }
}
