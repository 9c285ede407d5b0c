package org.custodian.campaigns;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/** No campaign has this identifier. */
public class CampaignNotFound extends RecordNotFound {

    private CampaignNotFound(String message) {
        super(message);
    }

    public static CampaignNotFound forId(UUID id) {
        return new CampaignNotFound("No campaign with id " + id);
    }
}
