package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActivitySnapshotTests {

    private static ActivityView activity(String name, LegalBasis basis, String duration) {
        return new ActivityView("OPINIONS", new LocalizedText(name, "Opinions"), new LocalizedText("Avis", "Opinions"),
                "000 §3 h)", List.of(), List.of(new LegalBasisView(basis, new LocalizedText(null, null), List.of(), null)), List.of(),
                List.of(), List.of(new RetentionRuleView("OPINIONS", 1, new LocalizedText("Avis", "Opinions"),
                        duration, RetentionTrigger.COLLECTION, EndAction.DELETE, null, null, null, null,
                        new LocalizedText("n", "n"), new LocalizedText(null, null))),
                1, Instant.EPOCH, "custodian", List.of(), List.of(),
                new ActivityInformation(null, null, false, null, null, true, null));
    }

    @Test
    @DisplayName("REG-1 identical versions have no difference")
    void identicalVersions() {
        var view = activity("Gestion des avis", LegalBasis.LEGITIMATE_INTEREST, null);
        assertThat(ActivitySnapshot.diff(ActivitySnapshot.of(view), ActivitySnapshot.of(view))).isEmpty();
    }

    @Test
    @DisplayName("REG-1 each changed value is named with its row and language, before and after")
    void changesAreNamed() {
        var before = ActivitySnapshot.of(activity("Gestion des avis", LegalBasis.LEGITIMATE_INTEREST, null));
        var after = ActivitySnapshot.of(activity("Avis clients", LegalBasis.CONSENT, "P2Y"));
        assertThat(ActivitySnapshot.diff(before, after)).containsExactly(
                new FieldChange("name", 0, "fr", "Gestion des avis", "Avis clients"),
                new FieldChange("legalBasis", 1, "", "LEGITIMATE_INTEREST", "CONSENT"),
                new FieldChange("retention.duration", 1, "", null, "P2Y"));
    }

    @Test
    @DisplayName("REG-1 RET-2 a field newer than the preloaded standard kept before it (the archive stage) is not a deviation from it")
    void fieldsNewerThanTheBaselineAreNotDeviations() {
        var baseline = new LinkedHashMap<>(ActivitySnapshot.of(activity("Gestion des avis",
                LegalBasis.LEGITIMATE_INTEREST, null)));
        baseline.keySet().removeIf(key -> key.startsWith("retention.archive"));
        var now = ActivitySnapshot.of(activity("Gestion des avis", LegalBasis.LEGITIMATE_INTEREST, "P2Y"));
        assertThat(ActivitySnapshot.diff(baseline, now))
                .containsExactly(new FieldChange("retention.duration", 1, "", null, "P2Y"));
    }
}
