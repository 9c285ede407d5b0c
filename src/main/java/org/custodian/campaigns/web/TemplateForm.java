package org.custodian.campaigns.web;

import org.custodian.campaigns.CampaignTemplate;
import org.custodian.campaigns.CampaignView;

/** The template editor's form. */
record TemplateForm(String subject, String html, String text) {

    /** The campaign's template, or a start that already carries the unsubscribe link when none is written yet. */
    static TemplateForm of(CampaignView campaign) {
        var template = campaign.template();
        if (!campaign.hasTemplate()) {
            return new TemplateForm(template.subject(),
                    "<p>Bonjour {{prenom}},</p>\n\n<p></p>\n\n<p><a href=\"{{desinscription}}\">Se désinscrire</a></p>",
                    "Bonjour {{prenom}},\n\n\n\nSe désinscrire : {{desinscription}}");
        }
        return new TemplateForm(template.subject(), template.html(), template.text());
    }

    CampaignTemplate toTemplate() {
        return new CampaignTemplate(subject, html, text);
    }
}
