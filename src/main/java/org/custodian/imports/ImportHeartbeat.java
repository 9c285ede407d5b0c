package org.custodian.imports;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports on several nodes (issue 8 §3): every node renews, every few seconds, the heartbeat of the jobs it runs or
 * has queued; one node at a time fails the jobs whose heartbeat is stale — their node died without a word — so that
 * a crashed node's import does not stay running for ever, while a live node's import is never taken from it.
 */
@Component
class ImportHeartbeat {

    private final Imports imports;

    ImportHeartbeat(Imports imports) {
        this.imports = imports;
    }

    @Scheduled(fixedDelayString = "${custodian.imports.heartbeat-interval:PT5S}")
    void beat() {
        imports.beat();
    }

    @Scheduled(fixedDelayString = "${custodian.imports.stale-check:PT1M}",
            initialDelayString = "${custodian.imports.stale-check:PT1M}")
    @SchedulerLock(name = "import-stale-jobs", lockAtMostFor = "PT5M")
    void failStaleJobs() {
        imports.failStaleJobs();
    }
}
