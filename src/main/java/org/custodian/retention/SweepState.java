package org.custodian.retention;

/**
 * Where a retention sweep stands (RET-3).
 */
public enum SweepState {
    /** Asked for, waiting for a node to take it. */
    QUEUED,
    /** Taken by a node, whose heartbeat says it is alive. */
    RUNNING,
    /** Every due record was acted on, or skipped because of a hold. */
    DONE,
    /** Stopped by an error; what its finished batches did stays done, and the next sweep goes on from there. */
    FAILED
}
