package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;

import org.custodian.consent.ConsentStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CPCE L.34-5 (seed 003): "Est interdite la prospection directe au moyen [...] d'un courrier électronique utilisant
 * [...] les coordonnées d'une personne physique qui n'a pas exprimé son consentement préalable à recevoir des
 * prospections directes par ce moyen."
 */
class ConsumerConsentTests {

    @Test
    @DisplayName("PRO-2 a consent confirmed by the double opt-in counts, with its id and date as evidence")
    void confirmedConsentCounts() {
        var consent = Facts.consumer().consent(ConsentStatus.ACTIVE, "2026-04-02").build().consent();

        var decision = ConsumerConsent.eligible(consent, ZoneOffset.UTC);

        assertThat(ConsumerConsent.given(consent)).isTrue();
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.evidence()).containsEntry("consentId", consent.id().toString())
                .containsEntry("consentDate", "2026-04-02T10:00:00Z");
    }

    @Test
    @DisplayName("PRO-2 a consent awaiting its double opt-in is not yet a consent")
    void pendingConsentDoesNotCount() {
        var consent = Facts.consumer().consent(ConsentStatus.PENDING_CONFIRMATION, "2026-04-02").build().consent();

        assertThat(ConsumerConsent.given(consent)).isFalse();
        assertThat(ConsumerConsent.missing(consent, ZoneOffset.UTC).reasonKey())
                .isEqualTo("prospecting.reason.consent.pending");
    }

    @Test
    @DisplayName("PRO-2 a consent imported without proof is not enough")
    void consentWithoutProofDoesNotCount() {
        var consent = Facts.consumer().consent(ConsentStatus.ACTIVE_WITHOUT_PROOF, "2026-04-02").build().consent();

        assertThat(ConsumerConsent.given(consent)).isFalse();
        assertThat(ConsumerConsent.missing(consent, ZoneOffset.UTC).reasonKey())
                .isEqualTo("prospecting.reason.consent.withoutProof");
    }

    @Test
    @DisplayName("PRO-2 without any consent the person is excluded: \"n'a pas exprimé son consentement préalable\"")
    void noConsentExcludes() {
        var decision = ConsumerConsent.missing(null, ZoneOffset.UTC);

        assertThat(decision.outcome()).isEqualTo(EligibilityDecision.Outcome.EXCLUDED);
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.consent.missing");
    }
}
