package org.custodian.campaigns;

import java.time.Instant;
import java.util.UUID;

/** A line of the campaigns list. */
public record CampaignSummary(UUID id, String name, String productFamily, CampaignStatus status, Instant updatedAt,
        String updatedBy) {
}
