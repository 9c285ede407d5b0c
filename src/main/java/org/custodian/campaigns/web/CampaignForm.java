package org.custodian.campaigns.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.custodian.campaigns.CampaignDraft;
import org.custodian.campaigns.CampaignView;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.prospecting.AudienceFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The campaign definition form. The channel (e-mail) and the purpose (prospecting) are not chosen: they are the only
 * ones a campaign may have. Professions and postcodes are typed one per line.
 */
record CampaignForm(String name, String productFamily, String professions, Set<PersonType> types,
        Set<Audience> audiences, Set<String> productFamiliesBought, String postcodes,
        @DateTimeFormat(iso = ISO.DATE) LocalDate createdFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate createdTo,
        @DateTimeFormat(iso = ISO.DATE) LocalDate lastContactFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate lastContactTo, String senderName, String senderAddress) {

    static CampaignForm empty() {
        return new CampaignForm(null, null, null, Set.of(), Set.of(), Set.of(), null, null, null, null, null, null,
                null);
    }

    static CampaignForm of(CampaignView campaign) {
        var audience = campaign.audience();
        return new CampaignForm(campaign.name(), campaign.productFamily(), String.join("\n", campaign.professions()),
                audience.types(), audience.audiences(), audience.productFamiliesBought(),
                String.join("\n", audience.postcodePrefixes()), audience.createdFrom(), audience.createdTo(),
                audience.lastContactFrom(), audience.lastContactTo(), campaign.senderName(), campaign.senderAddress());
    }

    CampaignDraft toDraft() {
        return new CampaignDraft(name, Channel.EMAIL.name(), ConsentLedger.PROSPECTING, productFamily, lines(professions),
                new AudienceFilter(types, audiences, productFamiliesBought, lines(postcodes).stream()
                        .map(prefix -> prefix.toUpperCase(Locale.ROOT)).toList(),
                        createdFrom, createdTo, lastContactFrom, lastContactTo),
                senderName, senderAddress);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,;]+")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
