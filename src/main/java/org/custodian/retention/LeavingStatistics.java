package org.custodian.retention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * RET-2 — «statistics survive as anonymised aggregates»: before a batch of persons leaves the active base, the sweep
 * adds them to counts by month, kind, source and year of collection, in the batch's transaction. A count is never
 * shown below {@link #THRESHOLD}: a cell of one or two persons could single someone out to a reader who knows them.
 */
@Component
class LeavingStatistics {

    /** The smallest count shown as a number; below it, "fewer than 5" (k-anonymity, k = 5). */
    static final int THRESHOLD = 5;

    private final JdbcClient jdbc;

    LeavingStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts the persons in, in the caller's transaction, before they are erased: by kind, from the sweep's own read
     * of the batch, not by reading the persons again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void add(Collection<Kind> persons, LocalDate day) {
        var month = day.withDayOfMonth(1);
        var groups = persons.stream().collect(Collectors.groupingBy(kind -> kind, Collectors.counting()));
        groups.forEach((kind, count) -> {
            var updated = jdbc.sql("UPDATE retention_statistic SET persons = persons + ? WHERE left_month = ?"
                            + " AND type = ? AND audience = ? AND source = ? AND collected_year = ?")
                    .params(count, month, kind.type(), kind.audience(), kind.source(), kind.collectedYear())
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO retention_statistic (left_month, type, audience, source, collected_year, persons)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(month, kind.type(), kind.audience(), kind.source(), kind.collectedYear(), count)
                        .update();
            }
        });
    }

    /** Every cell, latest month first, each count below the threshold hidden. */
    @Transactional(readOnly = true)
    List<Cell> cells() {
        return jdbc.sql("SELECT * FROM retention_statistic ORDER BY left_month DESC, type, audience, source,"
                        + " collected_year")
                .query((rs, row) -> new Cell(rs.getObject("left_month", LocalDate.class), rs.getString("type"),
                        rs.getString("audience"), rs.getString("source"), rs.getInt("collected_year"),
                        rs.getLong("persons")))
                .list();
    }

    /**
     * One cell of the statistics.
     *
     * @param leftMonth     the first day of the month the persons left the active base
     * @param type          customer or prospect
     * @param audience      consumer or professional
     * @param source        how they came into the file
     * @param collectedYear the year they were collected
     * @param persons       how many
     */
    record Cell(LocalDate leftMonth, String type, String audience, String source, int collectedYear, long persons) {
    }

    /**
     * What the statistics keep of one person: nothing that names them.
     *
     * @param type          customer or prospect
     * @param audience      consumer or professional
     * @param source        how they came into the file
     * @param collectedYear the year they were collected
     */
    record Kind(String type, String audience, String source, int collectedYear) {
    }
}
