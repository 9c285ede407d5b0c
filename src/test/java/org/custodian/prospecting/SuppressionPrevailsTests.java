package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SuppressionPrevailsTests {

    @Test
    @DisplayName("PRO-3 an entry for every channel stops an e-mail, with the entry as evidence")
    void entryForAllChannelsExcludes() {
        var facts = Facts.consumer().suppressed(SuppressionChannel.ALL, "2026-01-10").build();

        var verdict = SuppressionPrevails.judge(facts.suppression(), facts.consent(), Channel.EMAIL, ZoneOffset.UTC);

        assertThat(verdict.exclusion().rule()).isEqualTo(EligibilityRule.SUPPRESSION_LIST);
        assertThat(verdict.exclusion().evidence())
                .containsEntry("suppressionEntryId", facts.suppression().id().toString())
                .containsEntry("oppositionDate", "2026-01-10T10:00:00Z");
    }

    @Test
    @DisplayName("PRO-3 an entry for SMS does not stop an e-mail")
    void entryOfAnotherChannelDoesNotApply() {
        var facts = Facts.consumer().suppressed(SuppressionChannel.SMS, "2026-01-10").build();

        var verdict = SuppressionPrevails.judge(facts.suppression(), facts.consent(), Channel.EMAIL, ZoneOffset.UTC);

        assertThat(verdict.exclusion()).isNull();
        assertThat(verdict.lift()).isNull();
    }

    @Test
    @DisplayName("PRO-3 a confirmed consent dated after the opposition lifts it for that channel, and says so")
    void laterConsentLifts() {
        var facts = Facts.consumer().suppressed(SuppressionChannel.EMAIL, "2026-01-10")
                .consent(ConsentStatus.ACTIVE, "2026-03-01").build();

        var verdict = SuppressionPrevails.judge(facts.suppression(), facts.consent(), Channel.EMAIL, ZoneOffset.UTC);

        assertThat(verdict.exclusion()).isNull();
        assertThat(verdict.lift()).containsEntry("suppressionLiftedByConsent", facts.consent().id().toString());
    }

    @Test
    @DisplayName("PRO-3 a consent older than the opposition does not lift it")
    void earlierConsentDoesNotLift() {
        var facts = Facts.consumer().suppressed(SuppressionChannel.EMAIL, "2026-03-01")
                .consent(ConsentStatus.ACTIVE, "2026-01-10").build();

        var verdict = SuppressionPrevails.judge(facts.suppression(), facts.consent(), Channel.EMAIL, ZoneOffset.UTC);

        assertThat(verdict.exclusion()).isNotNull();
    }

    @Test
    @DisplayName("PRO-3 a later consent still awaiting its double opt-in does not lift the opposition")
    void unconfirmedConsentDoesNotLift() {
        var facts = Facts.consumer().suppressed(SuppressionChannel.EMAIL, "2026-01-10")
                .consent(ConsentStatus.PENDING_CONFIRMATION, "2026-03-01").build();

        var verdict = SuppressionPrevails.judge(facts.suppression(), facts.consent(), Channel.EMAIL, ZoneOffset.UTC);

        assertThat(verdict.exclusion()).isNotNull();
    }
}
