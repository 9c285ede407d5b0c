package org.custodian.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends queued messages: at once after the sending transaction commits, and by a locked sweep that
 * retries failures with a doubling delay. A conditional claim makes sure one message leaves once.
 * Without a transport (no SMTP configured) messages are held and this class does nothing.
 */
class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private final MailOutbox outbox;
    private final MailTransport transport;
    private final MailProperties properties;
    private final Clock clock;
    private final Executor executor;
    private final Supplier<List<DeliveryCheck>> checks;

    /**
     * @param checks the delivery checks, looked up at each delivery: they may depend, through other modules, on the
     *               mail module itself
     */
    MailDispatcher(MailOutbox outbox, MailTransport transport, MailProperties properties, Clock clock,
            Executor executor, Supplier<List<DeliveryCheck>> checks) {
        this.outbox = outbox;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
        this.executor = executor;
        this.checks = checks;
    }

    MailDispatcher(MailOutbox outbox, MailTransport transport, MailProperties properties, Clock clock,
            Executor executor) {
        this(outbox, transport, properties, clock, executor, List::of);
    }

    boolean delivers() {
        return transport != null;
    }

    @TransactionalEventListener
    void on(MailQueued queued) {
        if (delivers()) {
            executor.execute(() -> dispatch(queued.id()));
        }
    }

    @Scheduled(fixedDelayString = "${custodian.mail.dispatch-interval:PT15S}")
    @SchedulerLock(name = "mail-dispatch", lockAtMostFor = "PT10M")
    void sweep() {
        if (!delivers()) {
            return;
        }
        var now = Instant.now(clock);
        outbox.releaseStaleClaims(now.minus(STALE_CLAIM));
        outbox.due(now, 200).forEach(this::dispatch);
    }

    @Scheduled(cron = "${custodian.mail.purge-cron:0 40 3 * * *}")
    @SchedulerLock(name = "mail-outbox-purge")
    void purge() {
        var purged = outbox.purgeBefore(Instant.now(clock).minus(properties.outboxRetention()));
        if (purged > 0) {
            LOG.info("Purged {} messages older than {} from the outbox", purged, properties.outboxRetention());
        }
    }

    void dispatch(UUID id) {
        dispatchAll(List.of(id));
    }

    /**
     * Delivers these messages, each claimed first (one that another dispatcher claimed is skipped) and checked, over
     * one SMTP connection: a campaign's batch does not pay a connection per message.
     */
    void dispatchAll(List<UUID> ids) {
        var found = outbox.findAll(outbox.claimAll(ids, Instant.now(clock)));
        var refusals = new java.util.HashMap<UUID, String>();
        for (var check : checks.get()) {
            check.refuseAll(found).forEach(refusals::putIfAbsent);
        }
        var claimed = new java.util.ArrayList<MailView>();
        for (var mail : found) {
            var refusal = refusals.get(mail.id());
            if (refusal == null) {
                claimed.add(mail);
            } else {
                outbox.markWithdrawn(mail.id(), refusal);
            }
        }
        if (claimed.isEmpty()) {
            return;
        }
        // Each message is marked sent, in its own statement, right before the server takes it: a node killed
        // mid-chunk leaves the chunk's delivered messages sent and the others claimed, offered again later.
        List<RuntimeException> failures;
        try (var marks = outbox.sentMarks()) {
            failures = transport.deliverAll(claimed, mail -> marks.mark(mail.id(), Instant.now(clock)));
        }
        for (var i = 0; i < claimed.size(); i++) {
            var mail = claimed.get(i);
            var failure = failures.get(i);
            if (failure != null) {
                var attempts = mail.attempts() + 1;
                var retryAt = attempts >= properties.maxAttempts() ? null
                        : Instant.now(clock).plus(properties.retryDelay().multipliedBy(1L << (attempts - 1)));
                LOG.warn("Mail {} not delivered (attempt {}): {}", mail.id(), attempts, failure.getMessage());
                outbox.markFailed(mail.id(), abbreviate(failure.getMessage()), retryAt);
            }
        }
    }

    private static String abbreviate(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.length() <= 1000 ? message : message.substring(0, 1000);
    }
}
