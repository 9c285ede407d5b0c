package org.custodian.notices.web;

import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket: {@code capacity} requests at once, refilled evenly over one minute. Used per visitor address to
 * keep the public pages available under abuse (issue 3 §2).
 */
final class TokenBucket {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final int capacity;
    private final Clock clock;
    private double tokens;
    private long lastRefill;

    TokenBucket(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
        this.tokens = capacity;
        this.lastRefill = nanos();
    }

    /**
     * Takes one token; false when the bucket is empty.
     */
    synchronized boolean tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /**
     * Whole seconds until the next token, at least 1.
     */
    synchronized long secondsUntilNextToken() {
        refill();
        var missing = Math.max(0, 1 - tokens);
        var nanos = (long) Math.ceil(missing * NANOS_PER_MINUTE / capacity);
        return Math.max(1, (long) Math.ceil(nanos / 1_000_000_000.0));
    }

    /**
     * Whether the bucket is full again, so that forgetting it changes nothing.
     */
    synchronized boolean isFull() {
        refill();
        return tokens >= capacity;
    }

    private void refill() {
        var now = nanos();
        var elapsed = now - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + (double) elapsed * capacity / NANOS_PER_MINUTE);
            lastRefill = now;
        }
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
