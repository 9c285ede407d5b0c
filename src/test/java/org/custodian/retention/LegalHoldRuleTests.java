package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RET-5 — the legal-hold rule: when a hold holds, and what documents it. */
class LegalHoldRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final PersonId PERSON = new PersonId(UUID.randomUUID());

    private static NewLegalHold hold(LocalDate endOn, LocalDate reviewOn) {
        return new NewLegalHold(PERSON, null, "Litige prud'homal n° 24/00123", null, endOn, reviewOn);
    }

    private static java.util.List<String> rules(NewLegalHold hold) {
        return LegalHoldRule.check(hold, TODAY).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    @DisplayName("RET-5 a hold holds until the end of its end date")
    void holdsUntilItsEndDate() {
        assertThat(LegalHoldRule.state(TODAY, null, null, TODAY)).isEqualTo(LegalHoldState.IN_FORCE);
        assertThat(LegalHoldRule.state(TODAY, null, null, TODAY).holds()).isTrue();
    }

    @Test
    @DisplayName("RET-5 a hold past its end date no longer holds")
    void endedHoldNoLongerHolds() {
        var state = LegalHoldRule.state(TODAY.minusDays(1), null, null, TODAY);

        assertThat(state).isEqualTo(LegalHoldState.ENDED);
        assertThat(state.holds()).isFalse();
    }

    @Test
    @DisplayName("RET-5 a hold whose review date has come still holds, and is due for review")
    void reviewDueStillHolds() {
        var state = LegalHoldRule.state(null, TODAY.minusDays(10), null, TODAY);

        assertThat(state).isEqualTo(LegalHoldState.REVIEW_DUE);
        assertThat(state.holds()).isTrue();
        assertThat(LegalHoldRule.state(null, TODAY, null, TODAY)).isEqualTo(LegalHoldState.REVIEW_DUE);
        assertThat(LegalHoldRule.state(null, TODAY.plusDays(1), null, TODAY)).isEqualTo(LegalHoldState.IN_FORCE);
    }

    @Test
    @DisplayName("RET-5 a released hold no longer holds, whatever its dates")
    void releasedHoldNoLongerHolds() {
        var state = LegalHoldRule.state(TODAY.plusYears(1), TODAY.plusMonths(1), Instant.parse("2026-12-01T10:00:00Z"),
                TODAY);

        assertThat(state).isEqualTo(LegalHoldState.RELEASED);
        assertThat(state.holds()).isFalse();
    }

    @Test
    @DisplayName("RET-5 a documented hold has a reason, an end or review date to come, and names one record")
    void documentedHoldIsAccepted() {
        assertThat(rules(hold(TODAY, null))).isEmpty();
        assertThat(rules(hold(null, TODAY))).isEmpty();
        assertThat(rules(hold(TODAY.plusYears(1), TODAY.plusMonths(6)))).isEmpty();
    }

    @Test
    @DisplayName("RET-5 a hold without reason, without any date, or naming nothing is refused field by field")
    void undocumentedHoldIsRefused() {
        assertThat(rules(new NewLegalHold(null, null, " ", null, null, null)))
                .containsExactlyInAnyOrder("target:required", "reason:required", "endOn:termRequired");
        assertThat(rules(new NewLegalHold(PERSON, UUID.randomUUID(), "x".repeat(2001), "o".repeat(201), TODAY, null)))
                .containsExactlyInAnyOrder("target:onlyOne", "reason:length", "owner:length");
    }

    @Test
    @DisplayName("RET-5 a hold whose dates have passed, or reviewed after its end, is refused")
    void pastOrInvertedDatesAreRefused() {
        assertThat(rules(hold(TODAY.minusDays(1), TODAY.minusDays(1))))
                .containsExactlyInAnyOrder("endOn:past", "reviewOn:past");
        assertThat(rules(hold(TODAY.plusDays(5), TODAY.plusDays(6)))).containsExactly("reviewOn:afterEnd");
    }

    @Test
    @DisplayName("RET-5 a release needs a reason of at most 2,000 characters")
    void releaseNeedsAReason() {
        assertThat(LegalHoldRule.checkRelease(" ")).extracting(Violation::rule).containsExactly("required");
        assertThat(LegalHoldRule.checkRelease("y".repeat(2001))).extracting(Violation::rule).containsExactly("length");
        assertThat(LegalHoldRule.checkRelease("Litige clos par transaction")).isEmpty();
    }
}
