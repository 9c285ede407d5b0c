package org.custodian.campaigns;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custodian.prospecting.UnsubscribeLinks;

/**
 * The composition of a campaign message until the campaign module's own composer is merged: merge fields
 * {@code {{prenom}}}, {@code {{nom}}}, {@code {{civilite}}}, {@code {{desinscription}}}, {@code {{preferences}}}, then
 * the sender's identity and the opposition sentence with both links.
 */
final class MinimalComposer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");

    private MinimalComposer() {
    }

    static CampaignMessageWriter.Composed compose(SendableCampaign campaign, Map<String, String> values,
            UnsubscribeLinks.Links links) {
        var subject = merge(campaign.subject(), values, links, v -> v.replaceAll("[\\r\\n]+", " "));
        var sentBy = "Ce message vous est envoyé par " + campaign.senderName() + " (" + campaign.senderAddress() + ").";
        var opposition = "Vous pouvez vous opposer à tout moment, sans frais, à la réception de nos messages de "
                + "prospection :";
        var text = merge(campaign.text(), values, links, UnaryOperator.identity()) + "\n\n-- \n" + sentBy + "\n"
                + opposition + " " + links.unsubscribe() + "\nChoisir les messages que vous recevez : "
                + links.preferences() + "\n";
        var footer = "<hr>\n<p>" + CampaignMessageWriter.escape(sentBy) + "</p>\n<p>"
                + CampaignMessageWriter.escape(opposition) + " <a href=\"" + links.unsubscribe()
                + "\">se désinscrire en un clic</a></p>\n<p><a href=\"" + links.preferences()
                + "\">gérer vos préférences</a></p>\n";
        var html = merge(campaign.html(), values, links, CampaignMessageWriter::escape);
        var end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        html = end < 0 ? html + "\n" + footer : html.substring(0, end) + footer + html.substring(end);
        return new CampaignMessageWriter.Composed(subject, text, html);
    }

    private static String merge(String template, Map<String, String> values, UnsubscribeLinks.Links links,
            UnaryOperator<String> escaping) {
        var matcher = PLACEHOLDER.matcher(template);
        var merged = new StringBuilder();
        while (matcher.find()) {
            var value = switch (matcher.group(1)) {
                case "desinscription" -> links.unsubscribe();
                case "preferences" -> links.preferences();
                default -> values.getOrDefault(matcher.group(1), "");
            };
            matcher.appendReplacement(merged, Matcher.quoteReplacement(escaping.apply(value)));
        }
        matcher.appendTail(merged);
        return merged.toString();
    }
}
