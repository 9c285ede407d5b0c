package org.custodian.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.custodian.prospecting.AudienceFilter;
import org.custodian.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CampaignRulesTests {

    static final String HTML = "<p>Bonjour {{prenom}},</p><p><a href=\"{{desinscription}}\">Se désinscrire</a></p>";
    static final String TEXT = "Bonjour {{prenom}},\nSe désinscrire : {{desinscription}}";

    static CampaignDraft draft(AudienceFilter audience) {
        return new CampaignDraft("Salon de jardin 2026", "EMAIL", "PROSPECTING", null, List.of("achats"), audience,
                "Maison Lumière", "offres@maison-lumiere.example");
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(violation -> violation.field() + ":" + violation.rule()).toList();
    }

    @Test
    @DisplayName("PRO-5 a complete e-mail prospecting draft is accepted")
    void completeDraftIsAccepted() {
        assertThat(CampaignRules.check(draft(AudienceFilter.everyone()))).isEmpty();
    }

    @Test
    @DisplayName("PRO-5 a campaign is an e-mail campaign of the prospecting activity, nothing else")
    void onlyEmailProspecting() {
        var sms = new CampaignDraft("x", "SMS", "NEWSLETTER", null, null, null, "Maison Lumière",
                "offres@maison-lumiere.example");

        assertThat(rules(CampaignRules.check(sms))).containsExactly("channel:PRO-5.channel", "purpose:PRO-5.purpose");
    }

    @Test
    @DisplayName("PRO-5 the sender is named with a valid address")
    void senderIsNamedWithAValidAddress() {
        var anonymous = new CampaignDraft("x", "EMAIL", "PROSPECTING", null, null, null, " ", "pas-une-adresse");

        assertThat(rules(CampaignRules.check(anonymous)))
                .containsExactly("senderName:required", "senderAddress:format");
    }

    @Test
    @DisplayName("PRO-2 postcode filters are French postcodes or departments, date ranges run forwards")
    void audienceFiltersMakeSense() {
        var audience = new AudienceFilter(null, null, null, List.of("75", "2A", "974", "Paris"),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), null, null);

        assertThat(rules(CampaignRules.check(draft(audience))))
                .containsExactly("audience.postcodes:format", "audience.createdTo:range");
    }

    @Test
    @DisplayName("PRO-5 a template with the unsubscribe placeholder in both bodies is accepted")
    void templateWithUnsubscribeIsAccepted() {
        assertThat(CampaignRules.check(new CampaignTemplate("Nouveautés {{prenom}}", HTML, TEXT))).isEmpty();
    }

    @Test
    @DisplayName("PRO-5 a template without the unsubscribe placeholder is refused, body by body (seed 003: the link "
            + "must exist and work)")
    void templateWithoutUnsubscribeIsRefused() {
        var template = new CampaignTemplate("Nouveautés", "<p>Bonjour {{prenom}}</p>", "Bonjour {{prenom}}");

        var violations = CampaignRules.check(template);

        assertThat(rules(violations)).containsExactly("html:PRO-5.unsubscribe", "text:PRO-5.unsubscribe");
        assertThat(violations.get(0).messageKey()).isEqualTo("campaigns.error.unsubscribe");
    }

    @Test
    @DisplayName("PRO-5 a merge field outside the documented set is refused, named")
    void unknownMergeFieldIsRefused() {
        var template = new CampaignTemplate("Pour {{date_naissance}}", HTML, TEXT + " {{telephone}}");

        var violations = CampaignRules.check(template);

        assertThat(rules(violations)).containsExactly("subject:mergeField", "text:mergeField");
        assertThat(violations.get(1).arguments()).containsExactly("{{telephone}}");
    }

    @Test
    @DisplayName("PRO-5 a subject is one line (no header injection)")
    void subjectIsOneLine() {
        var template = new CampaignTemplate("Promo\r\nBcc: tous@example.org", HTML, TEXT);

        assertThat(rules(CampaignRules.check(template))).containsExactly("subject:oneLine");
    }
}
