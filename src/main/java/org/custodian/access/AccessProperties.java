package org.custodian.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.security.*}: lockout (SEC-1) and inactive-account (SEC-2) settings.
 *
 * @param lockout temporary lock after repeated failures
 * @param inactiveAccountAfter accounts unused for longer are disabled
 */
@ConfigurationProperties("custodian.security")
record AccessProperties(Lockout lockout, Duration inactiveAccountAfter) {

    /**
     * @param maxFailures failed attempts before a lock
     * @param firstLock duration of the first lock, doubled at each further lock
     * @param maxLock ceiling of the lock duration
     */
    record Lockout(int maxFailures, Duration firstLock, Duration maxLock) {
    }
}
