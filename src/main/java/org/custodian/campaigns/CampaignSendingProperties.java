package org.custodian.campaigns;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of campaign sending ({@code custodian.campaigns.*}).
 *
 * @param batchSize         persons decided, written and committed together; the eligibility is re-checked per batch
 * @param messagesPerSecond the pace of delivery to the SMTP server (throttling), 0 for no limit
 * @param lease             how long a node owns a running sending without a sign of life before another resumes it
 * @param linkKey           key of the click links' tokens, Base64 of 32 random bytes ({@code CUSTODIAN_CAMPAIGN_LINK_KEY},
 *                          the same on every node); empty: the key file is used
 * @param linkKeyFile       where the generated key lives when none is configured
 * @param openFor           how long after its audience was walked a campaign still reaches the persons the frequency
 *                          cap postponed, once they are back under it (PRO-8)
 */
@ConfigurationProperties("custodian.campaigns")
record CampaignSendingProperties(
        @DefaultValue("200") int batchSize,
        @DefaultValue("50") double messagesPerSecond,
        @DefaultValue("PT2M") Duration lease,
        String linkKey,
        @DefaultValue("./data/campaign-link.key") Path linkKeyFile,
        @DefaultValue("P30D") Duration openFor) {

    CampaignSendingProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("custodian.campaigns.batch-size must be at least 1");
        }
        if (openFor.isNegative()) {
            throw new IllegalArgumentException("custodian.campaigns.open-for cannot be negative");
        }
        if (messagesPerSecond < 0) {
            throw new IllegalArgumentException("custodian.campaigns.messages-per-second cannot be negative");
        }
    }
}
