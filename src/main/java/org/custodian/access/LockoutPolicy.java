package org.custodian.access;

import java.time.Duration;
import java.time.Instant;

/**
 * SEC-1 — temporary lock after repeated failed sign-ins (seed 003: «blocage temporaire des accès en cas de connexions
 * infructueuses successives»): after {@code maxFailures} failures the counter is locked for {@code firstLock}, each
 * further lock doubling the duration up to {@code maxLock}.
 * <p>
 * An attempt is counted <em>before</em> its password is checked ({@link #reserve}), and stays counted as a failure
 * unless it succeeds: parallel attempts therefore cannot all be checked, only {@code maxFailures} of them.
 */
final class LockoutPolicy {

    private final int maxFailures;
    private final Duration firstLock;
    private final Duration maxLock;

    LockoutPolicy(int maxFailures, Duration firstLock, Duration maxLock) {
        if (maxFailures < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("Lockout needs max-failures >= 1 and 0 < first-lock <= max-lock");
        }
        this.maxFailures = maxFailures;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    LockoutPolicy(AccessProperties.Lockout lockout) {
        this(lockout.maxFailures(), lockout.firstLock(), lockout.maxLock());
    }

    /**
     * Whether an attempt must be refused without checking its password: the counter is locked, or its budget is
     * taken by failures and attempts still being checked.
     */
    boolean refuses(LoginState state, Instant now) {
        return state.lockedAt(now) || state.failedAttempts() >= maxFailures;
    }

    /** The state once an admitted attempt is counted, before its password is checked. */
    LoginState reserve(LoginState state) {
        return new LoginState(state.failedAttempts() + 1, state.lockCount(), state.lockedUntil());
    }

    /**
     * The state once an admitted attempt turned out wrong (it is already counted): locked when the budget is spent.
     */
    LoginState afterFailure(LoginState state, Instant now) {
        if (state.failedAttempts() < maxFailures || state.lockedAt(now)) {
            return state;
        }
        int lockCount = state.lockCount() + 1;
        return new LoginState(0, lockCount, now.plus(lockDuration(lockCount)));
    }

    /**
     * How long the {@code lockNumber}-th consecutive lock lasts (1 for the first).
     */
    Duration lockDuration(int lockNumber) {
        var duration = firstLock;
        for (int i = 1; i < lockNumber && duration.compareTo(maxLock) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(maxLock) > 0 ? maxLock : duration;
    }

    /**
     * The failure counters of one throttled key.
     *
     * @param failedAttempts failures (and attempts being checked) since the last success or lock
     * @param lockCount locks since the last successful sign-in
     * @param lockedUntil end of the current or last lock, or null
     */
    record LoginState(int failedAttempts, int lockCount, Instant lockedUntil) {

        static final LoginState CLEAN = new LoginState(0, 0, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** Whether this key has failed recently (it has been forgotten otherwise). */
        boolean hasFailed() {
            return failedAttempts > 0 || lockCount > 0;
        }
    }
}
