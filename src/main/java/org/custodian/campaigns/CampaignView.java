package org.custodian.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.prospecting.CampaignTerms;

/**
 * A campaign as stored (PRO-5).
 *
 * @param template the author's subject and bodies; its fields are null while the template is not written yet
 */
public record CampaignView(UUID id, String name, Channel channel, String purpose, String productFamily,
        List<String> professions, AudienceFilter audience, String senderName, String senderAddress,
        CampaignTemplate template, CampaignStatus status, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy, int version) {

    public CampaignView {
        professions = List.copyOf(professions);
    }

    /** What the eligibility rules read about this campaign (PRO-2). */
    public CampaignTerms terms() {
        return new CampaignTerms(channel, purpose, productFamily, professions);
    }

    /** Whether the template has been written (a subject and both bodies). */
    public boolean hasTemplate() {
        return template.subject() != null && template.html() != null && template.text() != null;
    }

    /** Whether it may still be changed. */
    public boolean draft() {
        return status == CampaignStatus.DRAFT;
    }
}
