package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final TimeOrderedIds ids = new TimeOrderedIds(clock);

    @Test
    @DisplayName("CON-10 imported persons' ids are version 7 UUIDs carrying the time, each greater than the last, even when the clock stands still or goes back")
    void increasingVersion7() {
        var drawn = new ArrayList<UUID>();
        for (var i = 0; i < 10_000; i++) {
            drawn.add(ids.next());
        }
        clock.advance(Duration.ofSeconds(-5));
        drawn.add(ids.next());
        clock.advance(Duration.ofSeconds(10));
        drawn.add(ids.next());

        assertThat(drawn).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        // PostgreSQL and H2 order UUIDs as unsigned bytes: compare them the same way
        for (var i = 1; i < drawn.size(); i++) {
            assertThat(unsignedCompare(drawn.get(i - 1), drawn.get(i))).isNegative();
        }
        assertThat(drawn.get(0).getMostSignificantBits() >>> 16).isEqualTo(clock.millis() - 5_000);
    }

    private static int unsignedCompare(UUID a, UUID b) {
        var high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
