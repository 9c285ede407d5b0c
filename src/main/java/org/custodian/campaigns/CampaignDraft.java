package org.custodian.campaigns;

import java.util.List;

import org.custodian.prospecting.AudienceFilter;

/**
 * What staff or the API state to define a campaign (PRO-5); checked by {@link Campaigns#check(CampaignDraft)}.
 *
 * @param channel       {@code EMAIL}, the only channel these campaigns use
 * @param purpose       the register's activity, {@code PROSPECTING}
 * @param productFamily the code of the product family it promotes, or null
 * @param professions   the professions and sectors its subject relates to (the B2B relevance test, PRO-2)
 * @param audience      who it looks at, on the file's ordinary data only (CON-4)
 */
public record CampaignDraft(String name, String channel, String purpose, String productFamily,
        List<String> professions, AudienceFilter audience, String senderName, String senderAddress) {

    public CampaignDraft {
        professions = professions == null ? List.of() : professions.stream()
                .filter(profession -> profession != null && !profession.isBlank()).map(String::strip).toList();
        audience = audience == null ? AudienceFilter.everyone() : audience;
    }
}
