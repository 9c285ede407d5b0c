package org.custodian.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.security.*}: sign-in throttling (SEC-1, SEC-4) and inactive-account (SEC-2) settings.
 *
 * @param lockout temporary lock of a login name, for one client address and for addresses that have failed
 * @param addressLockout temporary lock of a client address, over every login name
 * @param throttleMemory counters untouched for longer are forgotten
 * @param inactiveAccountAfter accounts unused for longer are disabled
 */
@ConfigurationProperties("custodian.security")
record AccessProperties(Lockout lockout, Lockout addressLockout, Duration throttleMemory,
        Duration inactiveAccountAfter) {

    /**
     * @param maxFailures failed attempts before a lock
     * @param firstLock duration of the first lock, doubled at each further lock
     * @param maxLock ceiling of the lock duration
     */
    record Lockout(int maxFailures, Duration firstLock, Duration maxLock) {
    }
}
