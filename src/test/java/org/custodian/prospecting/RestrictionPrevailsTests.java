package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.UUID;

import org.custodian.prospecting.ProspectFacts.RestrictionFact;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 000 §9: the person can ask "to temporarily freeze the processing of their data while it carries out the necessary checks". */
class RestrictionPrevailsTests {

    @Test
    @DisplayName("DSR-5 a restriction in force excludes, with its date as evidence")
    void restrictionExcludes() {
        var restriction = new RestrictionFact(UUID.randomUUID(), Facts.at("2026-05-01"));

        var decision = RestrictionPrevails.decide(restriction, ZoneOffset.UTC).orElseThrow();

        assertThat(decision.rule()).isEqualTo(EligibilityRule.RESTRICTION);
        assertThat(decision.evidence()).containsEntry("restrictedSince", "2026-05-01T10:00:00Z");
    }

    @Test
    @DisplayName("DSR-5 without a restriction nothing is decided")
    void noRestrictionDecidesNothing() {
        assertThat(RestrictionPrevails.decide(null, ZoneOffset.UTC)).isEmpty();
    }
}
