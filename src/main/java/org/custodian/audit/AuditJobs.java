package org.custodian.audit;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The audit log's daily work, each job locked so that one node runs it: the chain check and the
 * retention purge.
 */
@Component
class AuditJobs {

    private static final Logger log = LoggerFactory.getLogger(AuditJobs.class);

    private final ChainVerifier verifier;
    private final AuditChainStore store;
    private final AuditRetention retention;
    private final AuditWriter writer;
    private final Clock clock;

    AuditJobs(ChainVerifier verifier, AuditChainStore store, AuditRetention retention, AuditWriter writer,
            Clock clock) {
        this.verifier = verifier;
        this.store = store;
        this.retention = retention;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Daily check of the chain. The head's MAC goes to the application log too: a copy outside the
     * database that a later check can compare with.
     */
    @Scheduled(cron = "${custodian.audit.verification-cron:0 15 2 * * *}")
    @SchedulerLock(name = "audit-chain-verification", lockAtMostFor = "PT2H")
    ChainVerification verifyChain() {
        writer.flush();
        var head = store.head();
        var result = verifier.verify();
        if (result.valid()) {
            log.info("Audit chain verified: {} entries, head sequence {} MAC {}", result.checkedEntries(),
                    head.lastSequence(), head.lastMac());
        }
        else {
            log.error("AUDIT CHAIN BROKEN at entry {} ({}) after {} valid entries: investigate before the next purge",
                    result.firstBrokenEntry(), result.problem(), result.checkedEntries());
            writer.append(PendingEntry.of(clock.instant(), "system", AuditAction.INTEGRITY_FAILURE, null, null, null,
                    "Daily verification: chain broken at entry " + result.firstBrokenEntry() + " (" + result.problem()
                            + ")"));
        }
        return result;
    }

    @Scheduled(cron = "${custodian.audit.retention-cron:0 45 2 * * *}")
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT2H")
    void purgeExpiredEntries() {
        retention.purgeExpired();
    }
}
