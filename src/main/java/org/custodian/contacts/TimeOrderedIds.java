package org.custodian.contacts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Ids of bulk-imported persons: version 7 UUIDs (RFC 9562), the Unix time in milliseconds followed by a
 * counter and random bits, each one greater than the previous. A random (version 4) id sends every insert
 * of a million-row import to a random page of the primary key and of the history's index; these ids append
 * at their end instead, and the persons of one import batch form one id range, which its audit entry names.
 * They reveal the creation time to the millisecond, which the person's file shows anyway.
 */
@Component
class TimeOrderedIds {

    private static final int COUNTER_MAX = 0xFFF;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private long lastMillis = -1;
    private int counter;

    TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    /** A new id, greater than every id this generator gave before (even if the clock goes back). */
    synchronized UUID next() {
        var millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            // A random start within the lower half leaves room for thousands of ids in the same millisecond.
            counter = random.nextInt(COUNTER_MAX / 2);
        } else if (counter < COUNTER_MAX) {
            counter++;
        } else {
            // The counter is exhausted (or the clock went back): borrow the next millisecond.
            lastMillis++;
            counter = 0;
        }
        var high = (lastMillis << 16) | 0x7000L | counter;
        var low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
