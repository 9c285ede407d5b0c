package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.custodian.consent.ConsentStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 000 §9: "Consideration of the opposition request [...] must however be systematic if it relates to [...] prospecting." */
class OppositionPrevailsTests {

    @Test
    @DisplayName("PRO-2 DSR-5 an objection excludes, with its date as evidence")
    void objectionExcludes() {
        var facts = Facts.consumer().consent(ConsentStatus.OBJECTED, "2026-02-01").build();

        var decision = OppositionPrevails.decide(facts.consent(), ZoneOffset.UTC).orElseThrow();

        assertThat(decision.outcome()).isEqualTo(EligibilityDecision.Outcome.EXCLUDED);
        assertThat(decision.rule()).isEqualTo(EligibilityRule.OPPOSITION);
        assertThat(decision.reasonArguments()).containsExactly(LocalDate.parse("2026-02-01"));
        assertThat(decision.evidence()).containsEntry("oppositionDate", "2026-02-01T10:00:00Z")
                .containsEntry("oppositionId", facts.consent().id().toString());
    }

    @Test
    @DisplayName("PRO-2 DSR-5 a withdrawal of consent excludes")
    void withdrawalExcludes() {
        var facts = Facts.consumer().consent(ConsentStatus.WITHDRAWN, "2026-02-01").build();

        var decision = OppositionPrevails.decide(facts.consent(), ZoneOffset.UTC).orElseThrow();

        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.withdrawn");
        assertThat(decision.evidence()).containsKey("withdrawalId");
    }

    @Test
    @DisplayName("PRO-2 a consent, or nothing on record, is no opposition")
    void consentIsNoOpposition() {
        assertThat(OppositionPrevails.decide(Facts.consumer().consent(ConsentStatus.ACTIVE, "2026-02-01").build()
                .consent(), ZoneOffset.UTC)).isEmpty();
        assertThat(OppositionPrevails.decide(null, ZoneOffset.UTC)).isEmpty();
    }
}
