package org.custodian.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes appends off the callers' path: callers put entries on a bounded queue and go on; one writer
 * thread drains it and appends in batches (one transaction and one head lock per batch). A full queue
 * makes callers wait — entries are never dropped. {@link #flush()} waits until everything recorded
 * before it is in the database. The queue is drained when the application stops; before the writer
 * starts and after it stopped, appends are written synchronously. What is lost on a hard crash (power
 * cut, {@code kill -9}) is what sat in the queue: see docs/benchmarks.md. When the store refuses a tampered
 * chain, entries are written to the application log at ERROR instead of being retried, so that nobody waits.
 */
@Component
class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private sealed interface Item permits Entry, Flush, Stop {
    }

    private record Entry(PendingEntry entry) implements Item {
    }

    private record Flush(CompletableFuture<Void> done) implements Item {
    }

    private record Stop() implements Item {
    }

    private final AuditChainStore store;
    private final BlockingQueue<Item> queue;
    private final int batchSize;
    // Appends hold the read side while they check "running" and enqueue; stop() takes the write side to
    // switch to synchronous appends, so that no entry can be enqueued after the writer's last drain.
    private final ReentrantReadWriteLock running = new ReentrantReadWriteLock();
    private volatile boolean started;
    private volatile long stopRequestedAt;
    private Thread thread;

    AuditWriter(AuditChainStore store, AuditProperties properties) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(Math.max(properties.queueCapacity(), 1));
        this.batchSize = Math.max(properties.batchSize(), 1);
    }

    void append(PendingEntry entry) {
        running.readLock().lock();
        try {
            if (started) {
                putUninterruptibly(new Entry(entry));
                return;
            }
        }
        finally {
            running.readLock().unlock();
        }
        write(List.of(entry));
    }

    void flush() {
        var flush = new Flush(new CompletableFuture<>());
        running.readLock().lock();
        try {
            if (!started) {
                return;
            }
            putUninterruptibly(flush);
        }
        finally {
            running.readLock().unlock();
        }
        flush.done().join();
    }

    @Override
    public void start() {
        running.writeLock().lock();
        try {
            if (started) {
                return;
            }
            store.open();
            stopRequestedAt = 0;
            thread = new Thread(this::drain, "audit-writer");
            thread.setDaemon(true);
            thread.start();
            started = true;
        }
        finally {
            running.writeLock().unlock();
        }
    }

    @Override
    public void stop() {
        // Before taking the lock: callers waiting on a full queue hold its read side while the writer
        // retries a failing database, and the writer gives up only once it knows we are stopping.
        stopRequestedAt = System.nanoTime();
        running.writeLock().lock();
        try {
            if (!started) {
                return;
            }
            started = false;
        }
        finally {
            running.writeLock().unlock();
        }
        putUninterruptibly(new Stop());
        try {
            thread.join(SHUTDOWN_PATIENCE.toMillis() * 2);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Started before and stopped after the web server, so that requests still being served are logged. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    private void drain() {
        var items = new ArrayList<Item>(batchSize);
        var entries = new ArrayList<PendingEntry>(batchSize);
        while (true) {
            items.clear();
            entries.clear();
            items.add(take());
            queue.drainTo(items, batchSize - 1);
            for (var item : items) {
                if (item instanceof Entry entry) {
                    entries.add(entry.entry());
                }
            }
            write(entries);
            var stop = false;
            for (var item : items) {
                if (item instanceof Flush flush) {
                    flush.done().complete(null);
                }
                else if (item instanceof Stop) {
                    stop = true;
                }
            }
            if (stop) {
                return;
            }
        }
    }

    private void write(List<PendingEntry> entries) {
        var backoff = Duration.ofMillis(100);
        while (true) {
            try {
                store.append(entries);
                return;
            }
            catch (ChainTampered refused) {
                spill(entries, refused);
                return;
            }
            catch (RuntimeException e) {
                var stopAt = stopRequestedAt;
                if (stopAt != 0 && System.nanoTime() - stopAt > SHUTDOWN_PATIENCE.toNanos()) {
                    log.error("Shutting down: {} audit entries could not be written and are lost", entries.size(), e);
                    return;
                }
                log.error("Cannot append {} audit entries; retrying in {} ms (callers wait once the queue is full)",
                        entries.size(), backoff.toMillis(), e);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * A tampered chain is not extended, and retrying would only make callers wait (sign-ins included): the
     * entries go to the application log instead, which lives outside the database.
     */
    private static void spill(List<PendingEntry> entries, ChainTampered refused) {
        log.error("AUDIT LOG TAMPERED ({}): {}. {} entries are not chained; they follow in this log.",
                refused.problem(), refused.getMessage(), entries.size());
        for (var entry : entries) {
            log.error("Unchained audit entry: at={} actor={} action={} type={} record={} purpose={} detail={}",
                    entry.occurredAt(), entry.actor(), entry.action(), entry.resourceType(), entry.resourceId(),
                    entry.purpose(), entry.detail());
        }
    }

    private Item take() {
        while (true) {
            try {
                return queue.take();
            }
            catch (InterruptedException e) {
                // The writer only ends on a Stop item, after the last drain; an interrupt must not lose entries.
            }
        }
    }

    private void putUninterruptibly(Item item) {
        var interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            }
            catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            // Only the writer sleeps here, and it ends on a Stop item, never on an interrupt.
        }
    }
}
