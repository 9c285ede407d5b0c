package org.custodian.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.prospecting.UnsubscribeLinks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CampaignMessageComposerTests {

    private static final UnsubscribeLinks.Links LINKS = new UnsubscribeLinks.Links(
            "https://crm.example/p/unsubscribe/tok1", "https://crm.example/p/preferences/tok2");

    private final CampaignMessageComposer composer = new CampaignMessageComposer();

    private static CampaignView campaign(CampaignTemplate template) {
        var at = Instant.parse("2026-03-02T09:00:00Z");
        return new CampaignView(UUID.randomUUID(), "Jardin", Channel.EMAIL, "PROSPECTING", "JARDIN", List.of(),
                AudienceFilter.everyone(), "Maison Lumière", "offres@maison-lumiere.example", template,
                CampaignStatus.DRAFT, at, "hugo", at, "hugo", 0);
    }

    private static CampaignView garden() {
        return campaign(new CampaignTemplate("{{prenom}}, nos salons de jardin",
                "<html><body><p>Bonjour {{civilite}} {{nom}},</p><a href=\"{{desinscription}}\">stop</a></body></html>",
                "Bonjour {{civilite}} {{nom}},\nStop : {{desinscription}}\nPréférences : {{ preferences }}"));
    }

    @Test
    @DisplayName("PRO-5 the merge fields are replaced by the person's values and the message's own links")
    void mergeFieldsAreReplaced() {
        var message = composer.compose(garden(), Map.of("prenom", "Marie", "nom", "Dupont", "civilite", "Madame"),
                LINKS);

        assertThat(message.subject()).isEqualTo("Marie, nos salons de jardin");
        assertThat(message.text()).startsWith("Bonjour Madame Dupont,\nStop : https://crm.example/p/unsubscribe/tok1\n"
                + "Préférences : https://crm.example/p/preferences/tok2");
        assertThat(message.html()).contains("<a href=\"https://crm.example/p/unsubscribe/tok1\">stop</a>");
    }

    @Test
    @DisplayName("PRO-5 a value is escaped in the HTML body, and a line break never reaches the subject")
    void valuesAreEscaped() {
        var message = composer.compose(garden(), Map.of("prenom", "Jo\r\nBcc: x@example.org",
                "nom", "<script>alert(1)</script> & \"Fils\""), LINKS);

        assertThat(message.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Fils&quot;")
                .doesNotContain("<script>");
        assertThat(message.subject()).isEqualTo("Jo Bcc: x@example.org, nos salons de jardin");
    }

    @Test
    @DisplayName("PRO-5 Custodian adds the sender's identity and the opposition sentence to both bodies, whatever "
            + "the author wrote")
    void senderAndOppositionAreAdded() {
        var message = composer.compose(garden(), Map.of(), LINKS);

        assertThat(message.text()).contains("Ce message vous est envoyé par Maison Lumière "
                        + "(offres@maison-lumiere.example).")
                .contains("Vous pouvez vous opposer à tout moment, sans frais, à la réception de nos messages de "
                        + "prospection : https://crm.example/p/unsubscribe/tok1");
        assertThat(message.html()).contains("Ce message vous est envoyé par Maison Lumière")
                .contains("<a href=\"https://crm.example/p/preferences/tok2\">gérer vos préférences</a>");
        assertThat(message.html().indexOf("vous opposer")).as("inside the document, before </body>")
                .isLessThan(message.html().indexOf("</body>"));
    }

    @Test
    @DisplayName("PRO-5 a field without a value is replaced by nothing, never left as a placeholder")
    void missingValueIsEmpty() {
        var message = composer.compose(garden(), Map.of("nom", "Dupont"), LINKS);

        assertThat(message.text()).startsWith("Bonjour  Dupont,");
        assertThat(message.html()).doesNotContain("{{");
    }

    @Test
    @DisplayName("PRO-5 a campaign without its template cannot be composed")
    void noTemplateNoMessage() {
        assertThatThrownBy(() -> composer.compose(campaign(new CampaignTemplate(null, null, null)), Map.of(), LINKS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
