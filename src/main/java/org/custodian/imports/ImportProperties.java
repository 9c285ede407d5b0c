package org.custodian.imports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.imports.*}.
 *
 * @param directory   where uploaded files wait for their import (deleted once imported)
 * @param batchSize   rows checked and written per transaction; progress is updated after each batch
 * @param previewRows rows shown on the column mapping screen
 */
@ConfigurationProperties("custodian.imports")
record ImportProperties(Path directory, int batchSize, int previewRows) {

    ImportProperties {
        directory = directory == null ? Path.of(System.getProperty("java.io.tmpdir"), "custodian-imports") : directory;
        batchSize = batchSize <= 0 ? 2000 : batchSize;
        previewRows = previewRows <= 0 ? 5 : previewRows;
    }
}
