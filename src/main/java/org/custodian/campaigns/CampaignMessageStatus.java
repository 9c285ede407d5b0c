package org.custodian.campaigns;

/**
 * What a campaign decided for one person of its audience at send time (PRO-2, PRO-8). Delivery (sent, held, refused
 * by the server) is the status of the outbox message.
 */
enum CampaignMessageStatus {
    /** A message was written to the outbox. */
    QUEUED,
    /** Over the frequency cap (PRO-8): not written now, not dropped. */
    POSTPONED,
    /** A rule of law excludes the person, or they have no address. */
    EXCLUDED
}
