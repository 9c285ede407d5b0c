package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;

import org.custodian.consent.ConsentStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PRO-8: "The number of solicitations a person receives is capped (a frequency limit per period)." */
class FrequencyCapTests {

    private final FrequencyCap cap = new FrequencyCap(4, Duration.ofDays(30));
    private final EligibilityDecision consented = ConsumerConsent.eligible(
            Facts.consumer().consent(ConsentStatus.ACTIVE, "2026-04-02").build().consent(), ZoneOffset.UTC);

    @Test
    @DisplayName("PRO-8 three messages in 30 days: the fourth may go")
    void underTheCapGoes() {
        assertThat(cap.apply(consented, 3)).isSameAs(consented);
    }

    @Test
    @DisplayName("PRO-8 four messages in 30 days: postponed, not dropped, its basis kept as evidence")
    void atTheCapIsPostponed() {
        var decision = cap.apply(consented, 4);

        assertThat(decision.outcome()).isEqualTo(EligibilityDecision.Outcome.POSTPONED);
        assertThat(decision.rule()).isEqualTo(EligibilityRule.FREQUENCY_CAP);
        assertThat(decision.evidence()).containsEntry("basis", "CONSENT").containsEntry("messagesInWindow", "4")
                .containsKey("consentId");
    }

    @Test
    @DisplayName("PRO-8 an excluded person stays excluded whatever the count")
    void excludedStaysExcluded() {
        var excluded = ConsumerConsent.missing(null, ZoneOffset.UTC);

        assertThat(cap.apply(excluded, 9)).isSameAs(excluded);
    }

    @Test
    @DisplayName("PRO-8 the cap allows at least one message within a whole number of days")
    void capIsValidated() {
        assertThatThrownBy(() -> new FrequencyCap(0, Duration.ofDays(30))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrequencyCap(4, Duration.ofHours(36))).isInstanceOf(IllegalArgumentException.class);
    }
}
