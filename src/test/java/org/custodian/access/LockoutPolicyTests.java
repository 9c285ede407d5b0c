package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.custodian.access.LockoutPolicy.LoginState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

    private static final Instant NOW = Instant.parse("2026-03-02T13:31:00Z");

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

    private LoginState failures(LoginState state, int count) {
        for (int i = 0; i < count; i++) {
            state = policy.afterFailure(policy.reserve(state), NOW);
        }
        return state;
    }

    @Test
    @DisplayName("SEC-1 four failures do not lock the account")
    void fourFailuresDoNotLock() {
        var state = failures(LoginState.CLEAN, 4);

        assertThat(state.lockedAt(NOW)).isFalse();
        assertThat(policy.refuses(state, NOW)).isFalse();
        assertThat(state.failedAttempts()).isEqualTo(4);
    }

    @Test
    @DisplayName("SEC-1 the fifth failure locks the account for the first lock duration")
    void fifthFailureLocks() {
        var state = failures(LoginState.CLEAN, 5);

        assertThat(state.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(state.lockedAt(NOW.plusSeconds(59))).isTrue();
        assertThat(state.lockedAt(NOW.plusSeconds(60))).isFalse();
        assertThat(state.failedAttempts()).isZero();
    }

    @Test
    @DisplayName("SEC-1 attempts still being checked take the budget: a sixth parallel attempt is refused unchecked")
    void attemptsBeingCheckedTakeTheBudget() {
        var state = LoginState.CLEAN;
        for (int i = 0; i < 5; i++) {
            assertThat(policy.refuses(state, NOW)).isFalse();
            state = policy.reserve(state);
        }

        assertThat(policy.refuses(state, NOW)).isTrue();
    }

    @Test
    @DisplayName("SEC-1 each further lock doubles, up to the maximum")
    void lockDurationGrowsUpToTheMaximum() {
        assertThat(policy.lockDuration(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.lockDuration(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.lockDuration(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.lockDuration(7)).isEqualTo(Duration.ofMinutes(60));
        assertThat(policy.lockDuration(100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("SEC-1 five more failures after a lock give a lock twice as long")
    void secondLockIsTwiceAsLong() {
        var state = failures(new LoginState(0, 1, NOW.minusSeconds(1)), 5);

        assertThat(state.lockCount()).isEqualTo(2);
        assertThat(state.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    }
}
