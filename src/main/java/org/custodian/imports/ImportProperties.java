package org.custodian.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.imports.*}.
 *
 * @param directory        where uploaded files wait for their import, readable by the application only; each file
 *                         is deleted when its job ends, whatever the end
 * @param batchSize        rows checked and written per transaction; progress is updated after each batch
 * @param previewRows      rows shown on the column mapping screen
 * @param draftMaxAge      how long an uploaded file may wait for its column mapping before it is deleted
 * @param maxHeaderBytes   the longest header line accepted, in bytes (at most {@value #HEADER_LIMIT}, what the job
 *                         row can hold)
 * @param maxColumns       the most columns a file may have
 */
@ConfigurationProperties("custodian.imports")
record ImportProperties(Path directory, int batchSize, int previewRows, Duration draftMaxAge, int maxHeaderBytes,
        int maxColumns) {

    /** The size of {@code import_job.header}. */
    static final int HEADER_LIMIT = 8000;

    ImportProperties {
        directory = directory == null ? Path.of("data", "imports") : directory;
        batchSize = batchSize <= 0 ? 2000 : batchSize;
        previewRows = previewRows <= 0 ? 5 : previewRows;
        draftMaxAge = draftMaxAge == null ? Duration.ofHours(24) : draftMaxAge;
        maxHeaderBytes = maxHeaderBytes <= 0 || maxHeaderBytes > HEADER_LIMIT ? HEADER_LIMIT : maxHeaderBytes;
        maxColumns = maxColumns <= 0 ? 200 : maxColumns;
    }
}
