package org.custodian.campaigns;

/**
 * The author's part of a campaign's message (PRO-5): subject, HTML and text bodies with merge fields
 * ({@link MergeFields}). Both bodies must carry {@code {{desinscription}}}; the sender's identity and the opposition
 * sentence are added by {@link CampaignMessageComposer}, not written here.
 */
public record CampaignTemplate(String subject, String html, String text) {
}
