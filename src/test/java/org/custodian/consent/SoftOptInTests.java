package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodian.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The soft opt-in evidence (issue 9 §1) against the text the seed quotes (003, CPCE L.34-5): "la prospection directe
 * par courrier électronique est autorisée si les coordonnées du destinataire ont été recueillies directement auprès de
 * lui [...] à l'occasion d'une vente ou d'une prestation de services [...] et si le destinataire se voit offrir, de
 * manière expresse et dénuée d'ambiguïté, la possibilité de s'opposer, sans frais [...] et de manière simple, à
 * l'utilisation de ses coordonnées lorsque celles-ci sont recueillies".
 */
class SoftOptInTests {

    private static final UUID PERSON = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final String HOW = "case à cocher sur le bon de commande";

    @Test
    @DisplayName("PRO-2 offered to object at collection and did not: valid; objected: opposed; not offered: no soft "
            + "opt-in")
    void derivation() {
        assertThat(SoftOptInStatus.of(true, false)).isEqualTo(SoftOptInStatus.VALID);
        assertThat(SoftOptInStatus.of(true, true)).isEqualTo(SoftOptInStatus.OPPOSED);
        assertThat(SoftOptInStatus.of(false, false)).isEqualTo(SoftOptInStatus.NO_OPPOSITION_OFFERED);
        assertThat(SoftOptInStatus.of(false, true)).isEqualTo(SoftOptInStatus.OPPOSED);
    }

    @Test
    @DisplayName("PRO-2 the latest evidence of a channel is where the person stands: an opposition at a later sale ends "
            + "the soft opt-in, and each channel stands on its own")
    void latestEvidenceWins() {
        var states = CurrentSoftOptIn.derive(List.of(
                record(Channel.EMAIL, "CMD-2", true, true, T0.plusSeconds(3600)),
                record(Channel.SMS, "CMD-1", true, false, T0.plusSeconds(60)),
                record(Channel.EMAIL, "CMD-1", true, false, T0)));

        assertThat(states).extracting(state -> state.channel() + "=" + state.status() + "@" + state.saleReference())
                .containsExactly("EMAIL=OPPOSED@CMD-2", "SMS=VALID@CMD-1");
        assertThat(states.get(1).valid()).isTrue();
        assertThat(states.get(0).valid()).isFalse();
    }

    @Test
    @DisplayName("PRO-2 a staff record with the sale, the day, how the opposition was offered and a statement is "
            + "accepted")
    void completeStaffEvidence() {
        var evidence = SoftOptInEvidence.byStaff(PERSON, Channel.EMAIL, "CMD-1", null, TODAY, true, HOW, false,
                new StaffStatement(HowGiven.IN_PERSON, "magasin de Lyon"));

        assertThat(SoftOptInRules.check(evidence, TODAY)).isEmpty();
        assertThat(evidence.status()).isEqualTo(SoftOptInStatus.VALID);
        assertThat(evidence.source()).isEqualTo("En personne (comptoir, magasin, salon) : magasin de Lyon");
    }

    @Test
    @DisplayName("PRO-2 the exception covers electronic mail only; the sale, its day (not in the future), how the "
            + "opposition was offered and a proof are required")
    void incompleteEvidenceIsRefused() {
        var phone = SoftOptInEvidence.byStaff(PERSON, Channel.PHONE, " ", null, TODAY.plusDays(1), true, " ", false,
                null);
        var noDate = SoftOptInEvidence.byStaff(PERSON, Channel.SMS, "x".repeat(101), null, null, false, null, false,
                new StaffStatement(HowGiven.LETTER, "bon de commande"));

        assertThat(rules(SoftOptInRules.check(phone, TODAY))).containsExactly("channel:soft-opt-in-channel",
                "saleReference:required", "collectedOn:future-date", "oppositionHow:required", "source:required");
        assertThat(rules(SoftOptInRules.check(noDate, TODAY))).containsExactly("saleReference:too-long",
                "collectedOn:required");
    }

    @Test
    @DisplayName("PRO-1 an API record needs the buyer's IP address, browser and the shop's page or label, as a consent "
            + "does; an import without proof is not evidence")
    void apiProofIsChecked() {
        var good = SoftOptInEvidence.byApi(PERSON, Channel.EMAIL, "CMD-1", UUID.randomUUID(), TODAY, true, HOW, false,
                "checkout", "203.0.113.9", "Mozilla/5.0");
        var bad = SoftOptInEvidence.byApi(PERSON, Channel.EMAIL, "CMD-1", null, TODAY, true, HOW, false,
                "<script>", "localhost", null);
        var imported = new SoftOptInEvidence(PERSON, Channel.EMAIL, "CMD-1", null, TODAY, true, HOW, false,
                ProofKind.IMPORT_WITHOUT_PROOF, "import", null, null, null, null);

        assertThat(SoftOptInRules.check(good, TODAY)).isEmpty();
        assertThat(rules(SoftOptInRules.check(bad, TODAY))).containsExactly("ip:ip", "userAgent:required",
                "source:source");
        assertThat(rules(SoftOptInRules.check(imported, TODAY))).containsExactly("proof:soft-opt-in-proof");
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(violation -> violation.field() + ":" + violation.rule()).toList();
    }

    private static SoftOptInRecord record(Channel channel, String sale, boolean offered, boolean opposed,
            Instant at) {
        return new SoftOptInRecord(UUID.randomUUID(), PERSON, channel, sale, null, LocalDate.of(2026, 3, 2), offered,
                offered ? HOW : null, opposed, ProofKind.STAFF, at, "camille", "En personne : magasin", null, null,
                null, null);
    }
}
