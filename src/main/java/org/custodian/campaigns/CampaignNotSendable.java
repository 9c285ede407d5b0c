package org.custodian.campaigns;

import java.util.UUID;

/**
 * A campaign that cannot be sent or scheduled as asked: it has no template yet, or its sending already started (or it
 * was cancelled). The message key says which, for the screens.
 */
public class CampaignNotSendable extends RuntimeException {

    private final String messageKey;

    private CampaignNotSendable(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    static CampaignNotSendable noTemplate(UUID id) {
        return new CampaignNotSendable("Campaign " + id + " has no template yet", "campaigns.sending.noTemplate");
    }

    static CampaignNotSendable alreadyStarted(UUID id) {
        return new CampaignNotSendable("Campaign " + id + " is no longer a draft", "campaigns.sending.alreadyStarted");
    }

    public String messageKey() {
        return messageKey;
    }
}
