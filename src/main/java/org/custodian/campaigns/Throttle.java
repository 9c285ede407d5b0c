package org.custodian.campaigns;

import java.util.concurrent.TimeUnit;

/**
 * Keeps the delivery of a campaign under a number of messages per second (PRO-5: a bulk sender that floods the
 * receiving servers is refused or classed as spam). Measures elapsed time on the monotonic timer, not the clock: it
 * paces work, it dates nothing.
 */
final class Throttle {

    private final long intervalNanos;
    private long next;

    /** @param perSecond messages per second; 0 for no limit */
    Throttle(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        this.next = System.nanoTime();
    }

    /** Waits, if needed, until {@code messages} more messages may leave; one node's senders share the pace. */
    synchronized void acquire(int messages) throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        var wait = next - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        next = Math.max(next, System.nanoTime()) + messages * intervalNanos;
    }

    /** How many messages to hand over at once: about a second's worth, at least one; all of them without limit. */
    int chunk(int available) {
        return intervalNanos == 0 ? Math.max(1, available)
                : (int) Math.max(1, TimeUnit.SECONDS.toNanos(1) / intervalNanos);
    }
}
