package org.custodian.campaigns.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.campaigns.CampaignPreview;
import org.custodian.prospecting.EligibilityRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class PreviewChartTests {

    private final PreviewChart chart = new PreviewChart(messages());

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("campaigns.bar.eligible", Locale.FRENCH, "Peuvent la recevoir");
        messages.addMessage("campaigns.bar.postponed", Locale.FRENCH, "Reportées");
        messages.addMessage("campaigns.bar.excluded", Locale.FRENCH, "Exclues : {0}");
        messages.addMessage("campaigns.rule.CONSENT", Locale.FRENCH, "consentement préalable");
        messages.addMessage("campaigns.rule.PROFESSIONAL_RELEVANCE", Locale.FRENCH, "lien avec le métier");
        return messages;
    }

    private static CampaignPreview preview(long eligible, long postponed, Map<EligibilityRule, Long> excluded) {
        return new CampaignPreview(eligible + postponed + excluded.values().stream().mapToLong(Long::longValue).sum(),
                eligible, postponed, excluded, List.of());
    }

    @Test
    @DisplayName("PRO-2 each bar's length is its count relative to the largest, written with a dot for SVG")
    void barsAreRelativeToTheLargest() {
        var excluded = new EnumMap<EligibilityRule, Long>(EligibilityRule.class);
        excluded.put(EligibilityRule.CONSENT, 40L);
        excluded.put(EligibilityRule.PROFESSIONAL_RELEVANCE, 30L);

        var bars = chart.bars(preview(10, 0, excluded), Locale.FRENCH);

        assertThat(bars).extracting(PreviewChart.Bar::label).containsExactly("Peuvent la recevoir",
                "Exclues : consentement préalable", "Exclues : lien avec le métier");
        assertThat(bars).extracting(PreviewChart.Bar::width).containsExactly("25.00", "100.00", "75.00");
        assertThat(bars).extracting(PreviewChart.Bar::key).containsExactly("eligible", "consent",
                "professional-relevance");
    }

    @Test
    @DisplayName("PRO-8 postponed persons have their own bar only when there are some")
    void postponedBarOnlyWhenSome() {
        assertThat(chart.bars(preview(3, 0, Map.of()), Locale.FRENCH)).hasSize(1);
        assertThat(chart.bars(preview(3, 1, Map.of()), Locale.FRENCH)).extracting(PreviewChart.Bar::kind)
                .containsExactly("bar-eligible", "bar-postponed");
    }

    @Test
    @DisplayName("PRO-2 an empty audience draws empty bars, not a division by zero")
    void emptyAudience() {
        assertThat(chart.bars(preview(0, 0, Map.of()), Locale.FRENCH)).extracting(PreviewChart.Bar::width)
                .containsExactly("0.00");
    }
}
