package org.custodian.campaigns;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/** No campaign has this identifier. */
public class SendingCampaignNotFound extends RecordNotFound {

    private SendingCampaignNotFound(String message) {
        super(message);
    }

    static SendingCampaignNotFound forId(UUID id) {
        return new SendingCampaignNotFound("No campaign with id " + id);
    }
}
