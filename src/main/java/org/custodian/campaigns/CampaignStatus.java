package org.custodian.campaigns;

/** Where a campaign stands (PRO-5): only a draft may still be changed. */
public enum CampaignStatus {
    DRAFT, SCHEDULED, SENDING, SENT, CANCELLED
}
