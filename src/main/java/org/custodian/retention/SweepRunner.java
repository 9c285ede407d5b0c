package org.custodian.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.BatchErasure;
import org.custodian.shared.PersonId;
import org.custodian.shared.ThisNode;
import org.custodian.shared.personaldata.DueRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the retention sweeps (RET-3). A node takes a sweep by compare-and-set and beats while it runs; a sweep whose
 * node stopped beating (a {@code kill -9}, a crash) is taken over by the next node that looks, which resumes it.
 * <p>
 * Each batch is one transaction: the due persons are read, the archive copies of former customers written, an action
 * recorded per person and rule (the key makes each happen once), and every module's holder erases the batch. At the
 * commit the persons have left every screen, search, campaign and export, and are in the archive when they must be;
 * a crash before it leaves the batch as if never read. Nothing is lost, nothing done twice. Pending actions — the
 * erasures that earlier versions decided in one transaction and carried out in others — are finished first.
 */
@Component
class SweepRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SweepRunner.class);
    /** The smallest id in the databases' order, which compares UUIDs byte by byte, unsigned. */
    private static final UUID FIRST = new UUID(0, 0);
    static final String RESOURCE = "person";
    static final String PURPOSE = "retention";
    /** The module whose persons leave the active base. */
    static final String CONTACTS = "contacts";

    private final SweepRepository sweeps;
    private final DuePersons due;
    private final RuleBook rules;
    private final BatchErasure erasure;
    private final AuditLog audit;
    private final ThisNode node;
    private final Clock clock;
    private final RetentionProperties properties;
    private final List<DueRecords> moduleRules;
    private final SweepHolds holds;
    private final LeavingStatistics statistics;
    private final TransactionTemplate transaction;
    private final ThreadPoolTaskExecutor executor;

    SweepRunner(SweepRepository sweeps, DuePersons due, RuleBook rules, BatchErasure erasure, AuditLog audit,
            ThisNode node, Clock clock, RetentionProperties properties, List<DueRecords> moduleRules,
            SweepHolds holds, LeavingStatistics statistics, PlatformTransactionManager transactions) {
        this.statistics = statistics;
        this.moduleRules = List.copyOf(moduleRules);
        this.holds = holds;
        this.sweeps = sweeps;
        this.due = due;
        this.rules = rules;
        this.erasure = erasure;
        this.audit = audit;
        this.node = node;
        this.clock = clock;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        // One sweep at a time on a node, off the scheduler's thread, which the outbox and the other jobs share.
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(0);
        executor.setThreadNamePrefix("retention-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Looks for a sweep to run: one asked for, or one whose node went silent. */
    @Scheduled(fixedDelayString = "${custodian.retention.poll-delay:PT5S}")
    void poll() {
        if (executor.getActiveCount() > 0) {
            return;
        }
        var now = clock.instant();
        var stale = now.minus(properties.staleAfter());
        sweeps.claimable(stale).filter(id -> sweeps.claim(id, node.id(), now, stale)).ifPresent(id -> {
            try {
                executor.execute(() -> run(id));
            } catch (RejectedExecutionException e) {
                LOG.debug("Retention sweep {} claimed while this node's runner was busy; it will be resumed", id);
            }
        });
    }

    void run(UUID id) {
        try {
            var sweep = sweeps.find(id).orElseThrow();
            var day = sweep.sweepDate();
            var retention = rules.persons();
            var archive = rules.contractArchive();
            finishPending(id);
            var counts = due.count(retention, day);
            var moduleRecords = moduleRules.stream().mapToLong(rule -> rule.countDue(day, holds)).sum();
            var archives = sweeps.countExpiredArchives(day);
            sweeps.plan(id, counts.due() + archives.total() + moduleRecords, counts.held() + archives.held());
            var after = FIRST;
            while (true) {
                var batch = leaveActiveBase(id, retention, archive, day, after);
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1);
            }
            while (endExpiredArchives(id, day) > 0) {
                beat(id);
            }
            for (var rule : moduleRules) {
                while (applyModuleRule(id, rule, day) > 0) {
                    beat(id);
                }
            }
            sweeps.finish(id, node.id(), SweepState.DONE, clock.instant(), null);
        } catch (LostSweep e) {
            LOG.warn("Retention sweep {} was taken over by another node; this node stops", id);
        } catch (RuntimeException e) {
            LOG.error("Retention sweep {} failed", id, e);
            sweeps.finish(id, node.id(), SweepState.FAILED, clock.instant(), failure(e));
        }
    }

    /** One batch's decisions and erasure, committed together; returns the ids it took, in order. */
    private List<UUID> leaveActiveBase(UUID sweep, PersonRetention retention, Optional<ArchiveTerms> archive,
            LocalDate day, UUID after) {
        return transaction.execute(status -> {
            beat(sweep);
            var batch = due.next(retention, day, after, properties.batchSize());
            if (batch.isEmpty()) {
                return List.<UUID>of();
            }
            var now = clock.instant();
            var all = batch.stream().map(DuePersons.Due::id).toList();
            var customers = batch.stream().filter(DuePersons.Due::customer).map(DuePersons.Due::id).toList();
            var prospects = batch.stream().filter(person -> !person.customer()).map(DuePersons.Due::id).toList();
            if (!customers.isEmpty()) {
                archive.ifPresent(terms -> {
                    sweeps.archive(sweep, customers, RuleBook.CONTRACTS, terms.condition(), now, terms.until(day),
                            terms.endAction());
                    sweeps.insertActions(sweep, customers, RuleBook.CONTRACTS, "ARCHIVE", "DONE", now);
                    sweeps.count(sweep, RuleBook.CONTRACTS, CONTACTS, "ARCHIVE", customers.size());
                });
                sweeps.insertActions(sweep, customers, RuleBook.CUSTOMERS, "DELETE", "DONE", now);
                sweeps.count(sweep, RuleBook.CUSTOMERS, CONTACTS, "DELETE", customers.size());
                audit.personalData(AuditAction.DELETE, RESOURCE, null, PURPOSE, "Retention sweep " + sweep + ": "
                        + customers.size() + " former customer(s) deleted from the active base under "
                        + RuleBook.CUSTOMERS + (archive.isPresent() ? ", their contracts archived under "
                                + RuleBook.CONTRACTS : ""));
            }
            if (!prospects.isEmpty()) {
                sweeps.insertActions(sweep, prospects, RuleBook.PROSPECTS, "DELETE", "DONE", now);
                sweeps.count(sweep, RuleBook.PROSPECTS, CONTACTS, "DELETE", prospects.size());
                audit.personalData(AuditAction.DELETE, RESOURCE, null, PURPOSE, "Retention sweep " + sweep + ": "
                        + prospects.size() + " prospect(s) deleted under " + RuleBook.PROSPECTS);
            }
            statistics.add(batch.stream().map(DuePersons.Due::kind).toList(), day);
            erasure.erase(all.stream().map(PersonId::new).toList());
            sweeps.progress(sweep, all.size());
            return all;
        });
    }

    /** Finishes the erasures an earlier version decided and did not see done, whichever sweep decided them. */
    private void finishPending(UUID sweep) {
        while (transaction.execute(status -> {
            var pending = sweeps.pending(properties.batchSize());
            if (pending.isEmpty()) {
                return false;
            }
            beat(sweep);
            erasure.erase(pending.stream().map(PersonId::new).toList());
            sweeps.done(pending, clock.instant());
            return true;
        })) {
            // one batch per transaction, until none is left
        }
    }

    /** One batch of archives whose period is over, ended as their rule says, in one transaction. */
    private int endExpiredArchives(UUID sweep, LocalDate day) {
        return transaction.execute(status -> {
            var expired = sweeps.expiredArchives(day, properties.batchSize());
            if (expired.isEmpty()) {
                return 0;
            }
            sweeps.endArchives(sweep, expired, clock.instant()).forEach((action, ended) -> {
                sweeps.count(sweep, RuleBook.CONTRACTS, ArchiveDataHolder.SECTION, action, ended);
                audit.personalData(AuditAction.DELETE, "archive", null, PURPOSE, "Retention sweep " + sweep + ": "
                        + ended + " archived person(s) at the end of their archive period - " + action
                        + ("ANONYMISE".equals(action) ? " (only the anonymised statistics remain)" : ""));
            });
            sweeps.progress(sweep, expired.size());
            return expired.size();
        });
    }

    /** One batch of a module's own rule, with its count and its audit entry, in one transaction. */
    private int applyModuleRule(UUID sweep, DueRecords rule, LocalDate day) {
        return transaction.execute(status -> {
            var acted = rule.applyDue(day, properties.batchSize(), holds);
            if (acted > 0) {
                sweeps.progress(sweep, acted);
                sweeps.count(sweep, rule.rule(), rule.module(), rule.action(), acted);
                audit.personalData(AuditAction.DELETE, rule.module(), null, PURPOSE, "Retention sweep " + sweep + ": "
                        + acted + " record(s) of " + rule.module() + " - " + rule.action() + " under " + rule.rule());
            }
            return acted;
        });
    }

    private void beat(UUID sweep) {
        if (!sweeps.beat(sweep, node.id(), clock.instant())) {
            throw new LostSweep();
        }
    }

    private static String failure(RuntimeException e) {
        var message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    /** This node no longer owns the sweep: another took it over after a silence. */
    private static final class LostSweep extends RuntimeException {

        LostSweep() {
            super(null, null, false, false);
        }
    }
}
