package org.custodian.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.Duration;
import java.util.UUID;

/**
 * A run of the retention sweep and its report (RET-3).
 *
 * @param id          the sweep's id
 * @param sweepDate   the day whose rules it applies
 * @param state       where it stands
 * @param requestedAt when it was asked for
 * @param requestedBy who asked ({@code system} for the daily run)
 * @param startedAt   when a node took it, or null
 * @param finishedAt  when it ended, or null
 * @param planned     how many records were due when it started (the progress bar's whole)
 * @param done        how many it has acted on so far
 * @param held        how many due records it skipped because a legal hold or a restriction names them
 * @param failure     why it failed, or null
 * @param counts      what it did, per rule and action
 */
public record SweepView(UUID id, LocalDate sweepDate, SweepState state, Instant requestedAt, String requestedBy,
        Instant startedAt, Instant finishedAt, long planned, long done, long held, String failure,
        List<RuleCount> counts) {

    public SweepView {
        counts = List.copyOf(counts);
    }

    /** The progress in percent, 100 once done. */
    public int percent() {
        if (state == SweepState.DONE || planned == 0) {
            return state == SweepState.DONE ? 100 : 0;
        }
        return (int) Math.min(100, done * 100 / planned);
    }

    /** How long it ran, in seconds, once finished; null before. */
    public Long seconds() {
        return startedAt == null || finishedAt == null ? null
                : Duration.between(startedAt, finishedAt).toSeconds();
    }

    /** Whether it is still to run or running. */
    public boolean active() {
        return state == SweepState.QUEUED || state == SweepState.RUNNING;
    }

    /**
     * How many records a sweep acted on under one rule, in one module.
     *
     * @param rule   the register's rule, as {@code ACTIVITY/position}
     * @param module the module whose data it acted on
     * @param action what was done
     * @param count  how many records (persons, for the file of persons and the archive)
     */
    public record RuleCount(String rule, String module, String action, long count) {
    }
}
