package org.custodian.campaigns;

import org.custodian.prospecting.UnsubscribedFromCampaign;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts an unsubscription in the results of the campaign whose message carried the link (PRO-5), in the
 * unsubscription's own transaction.
 */
@Component
class CampaignUnsubscriptions {

    private final CampaignMessages messages;

    CampaignUnsubscriptions(CampaignMessages messages) {
        this.messages = messages;
    }

    @EventListener
    void on(UnsubscribedFromCampaign unsubscribed) {
        messages.unsubscribed(unsubscribed.campaign(), unsubscribed.person(), unsubscribed.at());
    }
}
