package org.custodian.campaigns;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.custodian.mail.OutgoingMail;
import org.custodian.prospecting.UnsubscribeLinks;
import org.custodian.shared.PersonId;

/**
 * Turns one person's composed campaign message into the outbox's message (PRO-5, INF-4): the RFC 8058 headers
 * ({@code List-Unsubscribe} with the message's own one-click address, {@code List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click}), the campaign's sender as From, the template's links through the click redirect, and,
 * the first time a person whose data came from a third party is written to, the Art. 14 information naming that
 * source, before the opposition sentence.
 */
final class CampaignMessageWriter {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final ClickLinks clicks;

    CampaignMessageWriter(ClickLinks clicks) {
        this.clicks = clicks;
    }

    /**
     * @param composed   the author's template with the person's values, the sender and the opposition sentence
     * @param targets    the template's links ({@link ClickLinks#targets})
     * @param thirdParty the third party the person's data came from when they must be told now (INF-4), else null
     * @param base       the public address the click links lead to
     */
    OutgoingMail write(CampaignView campaign, PersonId person, String email, ComposedMessage composed,
            List<String> targets, UnsubscribeLinks.Links links, String thirdParty, String base) {
        var text = composed.text();
        var html = clicks.rewrite(composed.html(), targets, campaign.id(), person, base);
        if (thirdParty != null) {
            var notice = sourceNotice(campaign, thirdParty, base);
            text = notice + "\n\n" + text;
            html = withNotice(html, "<p>" + escape(notice) + "</p>\n");
        }
        return new OutgoingMail(email, composed.subject(), text, html,
                Map.of(LIST_UNSUBSCRIBE, "<" + links.unsubscribe() + ">", LIST_UNSUBSCRIBE_POST, ONE_CLICK),
                mailCategory(campaign.id()), from(campaign));
    }

    /** The outbox category of a campaign's messages, by which its results are counted. */
    static String mailCategory(UUID campaign) {
        return "campaign/" + campaign;
    }

    /** The From of a campaign's messages: its sender's name and address. */
    static String from(CampaignView campaign) {
        var name = campaign.senderName().replaceAll("[\"\\\\<>]", "").strip();
        return name.isEmpty() ? campaign.senderAddress() : "\"" + name + "\" <" + campaign.senderAddress() + ">";
    }

    /**
     * INF-4, Art. 14 GDPR: a person whose data was not collected from them is told, at the first communication, where
     * it comes from, who processes it and for what, and that they may object.
     */
    static String sourceNotice(CampaignView campaign, String thirdParty, String base) {
        return "Vos coordonnées nous ont été communiquées par « " + thirdParty.strip() + " ». " + campaign.senderName()
                + " les traite pour lui adresser des offres commerciales ; vous pouvez vous y opposer à tout moment "
                + "par le lien de désinscription de ce message. Vos droits et la durée de conservation : "
                + base + "/p/privacy";
    }

    /** After the opening {@code <body>} when the template is a whole document, first otherwise. */
    private static String withNotice(String html, String notice) {
        var lower = html.toLowerCase(Locale.ROOT);
        var body = lower.indexOf("<body");
        var start = body < 0 ? -1 : lower.indexOf('>', body);
        return start < 0 ? notice + html : html.substring(0, start + 1) + notice + html.substring(start + 1);
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
