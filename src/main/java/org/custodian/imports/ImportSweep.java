package org.custodian.imports;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * SEC-5: the hourly deletion of customer files that wait for nothing any more (abandoned drafts, left-overs of
 * ended jobs), locked so that one node runs it.
 */
@Component
class ImportSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ImportSweep.class);

    private final Imports imports;

    ImportSweep(Imports imports) {
        this.imports = imports;
    }

    @Scheduled(cron = "${custodian.imports.sweep-cron:0 5 * * * *}")
    @SchedulerLock(name = "import-file-sweep", lockAtMostFor = "PT30M")
    void purgeAbandoned() {
        var deleted = imports.purgeAbandoned();
        if (deleted > 0) {
            LOG.info("{} uploaded file(s) of ended or abandoned imports were deleted", deleted);
        }
    }
}
