package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.ProductFamily;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class EligibilityReasonsTests {

    private final EligibilityReasons reasons = new EligibilityReasons(messages(), families());

    /** The organisation names the garden family; the bedding family is not (or no longer) on its list. */
    private static ProductFamilies families() {
        var families = mock(ProductFamilies.class);
        when(families.find(any())).thenReturn(Optional.empty());
        when(families.find("JARDIN")).thenReturn(Optional.of(new ProductFamily("JARDIN", "Mobilier de jardin", null, 0)));
        return families;
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/prospecting");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private final List<EligibilityDecision> decisions = List.of(
            EligibilityRules.standard(ZoneOffset.UTC).decide(Facts.consumer().build(), Facts.GARDEN, Facts.TODAY),
            EligibilityRules.standard(ZoneOffset.UTC).decide(Facts.consumer().customerOf("LITERIE", "2026-03-02")
                    .build(), Facts.GARDEN, Facts.TODAY),
            EligibilityRules.standard(ZoneOffset.UTC).decide(Facts.consumer()
                    .suppressed(SuppressionChannel.EMAIL, "2026-01-10").consent(ConsentStatus.ACTIVE, "2026-03-01")
                    .build(), Facts.GARDEN, Facts.TODAY));

    @Test
    @DisplayName("PRO-2 a reason reads as a French sentence with its days written out, no rule code")
    void frenchSentence() {
        var sentence = reasons.sentence(decisions.get(2), Locale.FRENCH);

        assertThat(sentence).isEqualTo("Consentement explicite donné et confirmé le 1 mars 2026, après son opposition "
                + "du 10 janvier 2026 : il lève l’opposition pour ce canal.");
    }

    @Test
    @DisplayName("PRO-2 every reason also reads in English, without a placeholder left or a code")
    void englishSentences() {
        for (var decision : decisions) {
            var sentence = reasons.sentence(decision, Locale.ENGLISH);

            assertThat(sentence).doesNotContain("{", decision.rule().name(), "prospecting.");
        }
        assertThat(reasons.sentence(decisions.get(1), Locale.ENGLISH)).contains("A campaign about “Mobilier de jardin”");
    }

    @Test
    @DisplayName("PRO-2 a soft opt-in reason names the product families by their names and the sale by its day")
    void familiesByNameAndSaleDay() {
        var sentence = reasons.sentence(decisions.get(1), Locale.FRENCH);

        assertThat(sentence).contains("« Mobilier de jardin »", "LITERIE").doesNotContain("JARDIN");
    }
}
