package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CurrentConsentTests {

    private static final UUID PERSON = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    @DisplayName("PRO-1 a withdrawal recorded after a consent makes it withdrawn")
    void latestRecordWins() {
        var states = CurrentConsent.derive(List.of(
                record(ConsentEvent.WITHDRAWN, ProofKind.FORM, T0.plusSeconds(60)),
                record(ConsentEvent.GIVEN, ProofKind.FORM, T0)), List.of());

        assertThat(states).singleElement().satisfies(state -> {
            assertThat(state.status()).isEqualTo(ConsentStatus.WITHDRAWN);
            assertThat(state.since()).isEqualTo(T0.plusSeconds(60));
        });
    }

    @Test
    @DisplayName("CON-10 a consent imported without proof is kept but not usable for electronic prospecting")
    void importWithoutProofIsNotUsable() {
        var state = CurrentConsent.derive(List.of(record(ConsentEvent.GIVEN, ProofKind.IMPORT_WITHOUT_PROOF, T0)),
                List.of()).get(0);

        assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE_WITHOUT_PROOF);
        assertThat(state.usableForElectronicProspecting()).isFalse();
    }

    @Test
    @DisplayName("PRO-1 an e-mail consent awaiting its double opt-in is pending and does not count")
    void pendingRequestDoesNotCount() {
        var state = CurrentConsent.derive(List.of(), List.of(pending(T0))).get(0);

        assertThat(state.status()).isEqualTo(ConsentStatus.PENDING_CONFIRMATION);
        assertThat(state.usableForElectronicProspecting()).isFalse();
    }

    @Test
    @DisplayName("PRO-1 a new request does not hide a consent that is already given")
    void givenConsentStaysActiveDespiteNewRequest() {
        var state = CurrentConsent.derive(List.of(record(ConsentEvent.GIVEN, ProofKind.FORM, T0)),
                List.of(pending(T0.plusSeconds(3600)))).get(0);

        assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE);
    }

    @Test
    @DisplayName("PRO-1 after a withdrawal, a new request shows as pending until confirmed")
    void requestAfterWithdrawalIsPending() {
        var state = CurrentConsent.derive(List.of(record(ConsentEvent.WITHDRAWN, ProofKind.FORM, T0)),
                List.of(pending(T0.plusSeconds(3600)))).get(0);

        assertThat(state.status()).isEqualTo(ConsentStatus.PENDING_CONFIRMATION);
    }

    private static ConsentRecordView record(ConsentEvent event, ProofKind proof, Instant at) {
        return new ConsentRecordView(UUID.randomUUID(), PERSON, "PROSPECTING", Channel.EMAIL, event, proof, at,
                "public", "site", "hash", "text", "newsletter", 1, 1, "192.0.2.1", "Firefox", at, null, null, null);
    }

    private static PendingConsent pending(Instant at) {
        return new PendingConsent(UUID.randomUUID(), PERSON, "PROSPECTING", Channel.EMAIL, ProofKind.FORM, "site",
                "hash", "newsletter", 1, 1, "192.0.2.1", "Firefox", at, "public", at.plusSeconds(7 * 86400));
    }
}
