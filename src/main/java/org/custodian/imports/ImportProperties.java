package org.custodian.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.imports.*}.
 *
 * @param batchSize        rows checked and written per transaction; progress is updated after each batch
 * @param previewRows      rows shown on the column mapping screen
 * @param draftMaxAge      how long an uploaded file may wait for its column mapping before it is deleted
 * @param maxHeaderBytes   the longest header line accepted, in bytes (at most {@value #HEADER_LIMIT}, what the job
 *                         row can hold)
 * @param maxColumns       the most columns a file may have
 * @param heartbeatInterval how often a node renews the heartbeat of the jobs it runs or has queued
 * @param staleAfter       how old a job's heartbeat may grow before the job counts as abandoned by a dead node and is
 *                         failed (by any node's check, or at a start); several heartbeat intervals
 */
@ConfigurationProperties("custodian.imports")
record ImportProperties(int batchSize, int previewRows, Duration draftMaxAge, int maxHeaderBytes, int maxColumns,
        Duration heartbeatInterval, Duration staleAfter) {

    /** The size of {@code import_job.header}. */
    static final int HEADER_LIMIT = 8000;

    ImportProperties {
        batchSize = batchSize <= 0 ? 2000 : batchSize;
        previewRows = previewRows <= 0 ? 5 : previewRows;
        draftMaxAge = draftMaxAge == null ? Duration.ofHours(24) : draftMaxAge;
        maxHeaderBytes = maxHeaderBytes <= 0 || maxHeaderBytes > HEADER_LIMIT ? HEADER_LIMIT : maxHeaderBytes;
        maxColumns = maxColumns <= 0 ? 200 : maxColumns;
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(5) : heartbeatInterval;
        staleAfter = staleAfter == null ? Duration.ofMinutes(1) : staleAfter;
        if (staleAfter.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("custodian.imports.stale-after must be at least three heartbeat intervals");
        }
    }
}
