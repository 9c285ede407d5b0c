package org.custodian.campaigns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custodian.campaigns.CampaignPreview;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The bars of a campaign's preview chart (PRO-2): those it may reach, those postponed, and those each rule excludes,
 * each bar's length relative to the longest. Drawn as inline SVG widths, since the page's security policy forbids
 * inline styles.
 */
@Component
class PreviewChart {

    private final MessageSource messages;

    PreviewChart(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param key   the bar's id on the page
     * @param width the bar's length, 0 to 100, written with a dot
     * @param kind  its CSS class
     */
    record Bar(String key, String label, long count, String width, String kind) {
    }

    List<Bar> bars(CampaignPreview preview, Locale locale) {
        var bars = new ArrayList<Bar>();
        var largest = preview.largest();
        bars.add(bar("eligible", messages.getMessage("campaigns.bar.eligible", null, locale), preview.eligible(),
                largest, "bar-eligible"));
        if (preview.postponed() > 0) {
            bars.add(bar("postponed", messages.getMessage("campaigns.bar.postponed", null, locale),
                    preview.postponed(), largest, "bar-postponed"));
        }
        preview.excluded().forEach((rule, count) -> bars.add(bar(rule.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                messages.getMessage("campaigns.bar.excluded",
                        new Object[] {messages.getMessage("campaigns.rule." + rule.name(), null, locale)}, locale), count, largest, "bar-excluded")));
        return bars;
    }

    private static Bar bar(String key, String label, long count, long largest, String kind) {
        var width = largest == 0 ? 0 : count * 100.0 / largest;
        return new Bar(key, label, count, String.format(Locale.ROOT, "%.2f", width), kind);
    }
}
