package org.custodian.notices.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    private final MovingClock clock = new MovingClock();

    @Test
    @DisplayName("issue 3 §2 a visitor gets as many requests at once as the bucket holds, then is refused")
    void refusesBeyondCapacity() {
        var bucket = new TokenBucket(60, clock);

        assertThat(IntStream.range(0, 60).allMatch(i -> bucket.tryTake())).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    @DisplayName("issue 3 §2 the bucket refills evenly: one request per second at 60 a minute")
    void refillsOverTime() {
        var bucket = new TokenBucket(60, clock);
        IntStream.range(0, 60).forEach(i -> bucket.tryTake());

        clock.advance(Duration.ofSeconds(1));

        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    @DisplayName("issue 3 §2 an empty bucket says how long to wait for the next request")
    void saysWhenToRetry() {
        var bucket = new TokenBucket(6, clock);
        IntStream.range(0, 6).forEach(i -> bucket.tryTake());

        assertThat(bucket.secondsUntilNextToken()).isEqualTo(10);
    }

    @Test
    @DisplayName("issue 3 §2 a bucket left alone for a minute is full again and never holds more than its capacity")
    void fullAfterAMinute() {
        var bucket = new TokenBucket(3, clock);
        bucket.tryTake();
        assertThat(bucket.isFull()).isFalse();

        clock.advance(Duration.ofHours(1));

        assertThat(bucket.isFull()).isTrue();
        assertThat(IntStream.range(0, 4).filter(i -> bucket.tryTake()).count()).isEqualTo(3);
    }

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
