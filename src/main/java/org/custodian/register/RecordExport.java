package org.custodian.register;

import java.time.Instant;

/**
 * A kept version of the Art. 30 record (REG-2), as it was handed out.
 *
 * @param id          the version's number
 * @param exportedAt  when
 * @param exportedBy  who
 * @param format      JSON, CSV or PDF
 * @param contentHash SHA-256 of the content, hexadecimal
 * @param content     the exact bytes handed out (null in listings)
 */
public record RecordExport(long id, Instant exportedAt, String exportedBy, ExportFormat format, String contentHash,
        byte[] content) {

    /**
     * A file name such as {@code art30-record-12.csv}.
     */
    public String fileName() {
        return "art30-record-" + id + "." + format.extension();
    }
}
