package org.custodian.campaigns;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

import org.custodian.prospecting.UnsubscribeLinks;
import org.springframework.stereotype.Component;

/**
 * Writes one campaign message (PRO-5, PRO-1, issue 9 §4): the author's subject and bodies with the person's merge
 * values ({@link MergeFields}, escaped in the HTML body), and, after them, what the author cannot leave out — who
 * sends the message, and the sentence offering to object to prospecting at any time with the one-click unsubscribe
 * link and the preference centre (CPCE L.34-5: every message states how to object, free of charge; seed 003, where
 * the link did not work). Pure: no database, no clock; the messages are in French, the language of the file's persons.
 */
@Component
public class CampaignMessageComposer {

    private static final String OPPOSITION = "Vous pouvez vous opposer à tout moment, sans frais, à la réception de "
            + "nos messages de prospection :";
    private static final String UNSUBSCRIBE_LINK = "se désinscrire en un clic";
    private static final String PREFERENCES = "Choisir les messages que vous recevez :";
    private static final String PREFERENCES_LINK = "gérer vos préférences";

    /**
     * The message {@code campaign} sends to one person.
     *
     * @param campaign    a campaign whose template is written ({@link CampaignView#hasTemplate()})
     * @param mergeValues the person's values by merge field ({@link MergeFields#of}); a missing one is left empty.
     *                    The unsubscribe and preference addresses come from {@code links}, not from here.
     * @param links       the message's own links
     * @throws IllegalArgumentException when the campaign has no template yet
     */
    public ComposedMessage compose(CampaignView campaign, Map<String, String> mergeValues,
            UnsubscribeLinks.Links links) {
        Objects.requireNonNull(links, "links");
        if (!campaign.hasTemplate()) {
            throw new IllegalArgumentException("Campaign " + campaign.id() + " has no template yet");
        }
        var template = campaign.template();
        var subject = merge(template.subject(), mergeValues, links, CampaignMessageComposer::oneLine);
        var text = merge(template.text(), mergeValues, links, UnaryOperator.identity()) + textFooter(campaign, links);
        var html = withFooter(merge(template.html(), mergeValues, links, CampaignMessageComposer::escape),
                htmlFooter(campaign, links));
        return new ComposedMessage(subject, text, html);
    }

    private static String merge(String template, Map<String, String> values, UnsubscribeLinks.Links links,
            UnaryOperator<String> escaping) {
        var matcher = MergeFields.PLACEHOLDER.matcher(template);
        var merged = new StringBuilder();
        while (matcher.find()) {
            var value = switch (matcher.group(1)) {
                case MergeFields.UNSUBSCRIBE -> links.unsubscribe();
                case MergeFields.PREFERENCES -> links.preferences();
                default -> values.getOrDefault(matcher.group(1), "");
            };
            matcher.appendReplacement(merged, Matcher.quoteReplacement(escaping.apply(value == null ? "" : value)));
        }
        matcher.appendTail(merged);
        return merged.toString();
    }

    private static String textFooter(CampaignView campaign, UnsubscribeLinks.Links links) {
        return "\n\n-- \n" + sentBy(campaign.senderName(), campaign.senderAddress()) + "\n"
                + OPPOSITION + " " + links.unsubscribe() + "\n"
                + PREFERENCES + " " + links.preferences() + "\n";
    }

    private static String htmlFooter(CampaignView campaign, UnsubscribeLinks.Links links) {
        return "<hr>\n<p>" + escape(sentBy(campaign.senderName(), campaign.senderAddress())) + "</p>\n"
                + "<p>" + escape(OPPOSITION) + " <a href=\"" + escape(links.unsubscribe()) + "\">"
                + UNSUBSCRIBE_LINK + "</a></p>\n"
                + "<p><a href=\"" + escape(links.preferences()) + "\">" + PREFERENCES_LINK + "</a></p>\n";
    }

    /** Before {@code </body>} when the author wrote a whole document, at the end otherwise. */
    private static String withFooter(String html, String footer) {
        var end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + "\n" + footer : html.substring(0, end) + footer + html.substring(end);
    }

    private static String sentBy(String name, String address) {
        return "Ce message vous est envoyé par " + name + " (" + address + ").";
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }

    static String escape(String value) {
        var escaped = new StringBuilder(value.length());
        for (var c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
