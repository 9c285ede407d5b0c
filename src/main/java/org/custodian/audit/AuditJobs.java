package org.custodian.audit;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The audit log's periodic work, each job locked so that one node runs it: the chain check, the signed
 * checkpoints kept outside the database, and the retention purge.
 */
@Component
class AuditJobs {

    private static final Logger log = LoggerFactory.getLogger(AuditJobs.class);

    private final ChainVerifier verifier;
    private final AuditChainStore store;
    private final AuditRetention retention;
    private final AuditCheckpoints checkpoints;
    private final AuditWriter writer;
    private final Clock clock;

    AuditJobs(ChainVerifier verifier, AuditChainStore store, AuditRetention retention, AuditCheckpoints checkpoints,
            AuditWriter writer, Clock clock) {
        this.verifier = verifier;
        this.store = store;
        this.retention = retention;
        this.checkpoints = checkpoints;
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
        var result = verifier.verify();
        if (result.valid()) {
            store.findHead().ifPresent(head -> log.info("Audit chain verified: {} entries, head sequence {} MAC {}",
                    result.checkedEntries(), head.lastSequence(), head.lastMac()));
        }
        else {
            log.error("AUDIT CHAIN BROKEN: {} after {} valid entries: investigate before the next purge",
                    result.describe(), result.checkedEntries());
            writer.append(PendingEntry.of(clock.instant(), "system", AuditAction.INTEGRITY_FAILURE, null, null, null,
                    "Daily verification: " + result.describe()));
        }
        return result;
    }

    /**
     * A signed checkpoint to the checkpoint directory, every hour by default: a rollback of the log to
     * before it is then always found.
     */
    @Scheduled(cron = "${custodian.audit.checkpoint-cron:0 5 * * * *}")
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "PT1H")
    void writeCheckpoint() {
        checkpoints.write(false);
    }

    /**
     * A signed checkpoint to the directory and to the DPO's mailbox, daily by default.
     */
    @Scheduled(cron = "${custodian.audit.checkpoint-mail-cron:0 30 2 * * *}")
    @SchedulerLock(name = "audit-checkpoint-mail", lockAtMostFor = "PT2H")
    void mailCheckpoint() {
        checkpoints.write(true);
    }

    @Scheduled(cron = "${custodian.audit.retention-cron:0 45 2 * * *}")
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT2H")
    void purgeExpiredEntries() {
        retention.purgeExpired();
    }
}
