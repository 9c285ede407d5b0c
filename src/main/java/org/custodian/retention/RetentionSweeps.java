package org.custodian.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention sweeps (RET-3): asked for by the DPO or by the daily schedule, run by {@link SweepRunner} on one node
 * at a time, each with its report.
 */
@Service
public class RetentionSweeps {

    private final SweepRepository sweeps;
    private final LeavingStatistics statistics;
    private final RetentionProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    RetentionSweeps(SweepRepository sweeps, LeavingStatistics statistics, RetentionProperties properties, Clock clock,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.sweeps = sweeps;
        this.statistics = statistics;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Asks for a sweep of today's rules. While one is queued or running, that one is the answer: two sweeps would only
     * compete for the same records.
     *
     * @return the sweep asked for, or the one already under way
     */
    @Transactional
    public SweepView request() {
        var now = clock.instant();
        var id = sweeps.active(now.minus(properties.staleAfter())).orElseGet(() -> {
            var created = UUID.randomUUID();
            sweeps.insert(created, LocalDate.now(clock.withZone(zone)), now, CurrentActor.name());
            return created;
        });
        return sweeps.find(id).orElseThrow();
    }

    /** The daily sweep, asked for by one node. */
    @Scheduled(cron = "${custodian.retention.cron:0 30 2 * * *}", zone = "${custodian.time-zone:Europe/Paris}")
    @SchedulerLock(name = "retention-daily-sweep")
    void daily() {
        request();
    }

    /**
     * A sweep and its report.
     *
     * @throws SweepNotFound when there is no such sweep
     */
    @Transactional(readOnly = true)
    public SweepView find(UUID id) {
        return sweeps.find(id).orElseThrow(() -> SweepNotFound.forId(id));
    }

    /**
     * The anonymised statistics of the persons who left the active base (RET-2), latest month first; a count below
     * five is not given.
     */
    @Transactional(readOnly = true)
    public List<StatisticView> statistics() {
        return statistics.cells().stream()
                .map(cell -> new StatisticView(cell.leftMonth(), cell.type(), cell.audience(), cell.source(),
                        cell.collectedYear(), cell.persons() < LeavingStatistics.THRESHOLD ? null : cell.persons()))
                .toList();
    }

    /** The sweeps, latest first. */
    @Transactional(readOnly = true)
    public Page<SweepView> page(PageRequest request) {
        return sweeps.page(request);
    }
}
