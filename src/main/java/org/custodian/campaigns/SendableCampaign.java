package org.custodian.campaigns;

import java.util.UUID;

import org.custodian.prospecting.AudienceFilter;
import org.custodian.prospecting.CampaignTerms;

/**
 * What the sender reads of a campaign: its terms and audience for the eligibility, its template and its sender.
 */
record SendableCampaign(UUID id, String name, String status, CampaignTerms terms, AudienceFilter audience,
        String subject, String html, String text, String senderName, String senderAddress) {

    boolean hasTemplate() {
        return subject != null && text != null && html != null;
    }

    /** The From of its messages. */
    String sender() {
        var name = senderName.replaceAll("[\"\\\\<>]", "").strip();
        return name.isEmpty() ? senderAddress : "\"" + name + "\" <" + senderAddress + ">";
    }

    /** The outbox category of its messages, by which its results are counted. */
    String mailCategory() {
        return mailCategory(id);
    }

    static String mailCategory(UUID campaign) {
        return "campaign/" + campaign;
    }
}
