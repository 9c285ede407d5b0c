package org.custodian.imports;

/** Where an import job stands. */
public enum ImportState {
    /** Uploaded; waiting for the user to check the column mapping and start it. */
    DRAFT,
    /** Started; waiting for a free worker. */
    QUEUED,
    /** Rows are being checked and written, batch after batch. */
    RUNNING,
    /** Every row was read: each one is either imported or in the error report. */
    DONE,
    /** Stopped by an error (unreadable file, database down, restart); the counts say what was committed. */
    FAILED;

    /** Whether the job will not change any more. */
    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
