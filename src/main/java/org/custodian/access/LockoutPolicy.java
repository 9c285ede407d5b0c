package org.custodian.access;

import java.time.Duration;
import java.time.Instant;

/**
 * SEC-1 — temporary lock after repeated failed sign-ins (seed 003: «blocage temporaire des accès en cas de connexions
 * infructueuses successives»): after {@code maxFailures} failures the account is locked for {@code firstLock}, each
 * further lock doubling the duration up to {@code maxLock}.
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
     * The account's state after one more failed attempt at {@code now}.
     */
    LoginState afterFailure(LoginState state, Instant now) {
        int failures = state.failedAttempts() + 1;
        if (failures < maxFailures) {
            return new LoginState(failures, state.lockCount(), state.lockedUntil());
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
     * The failure counters of one account.
     *
     * @param failedAttempts failures since the last success or lock
     * @param lockCount locks since the last successful sign-in
     * @param lockedUntil end of the current lock, or null
     */
    record LoginState(int failedAttempts, int lockCount, Instant lockedUntil) {

        static final LoginState CLEAN = new LoginState(0, 0, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }
}
