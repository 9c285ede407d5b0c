package org.custodian.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sweeps, their actions and the archive rows they write (RET-2, RET-3).
 */
@Repository
class SweepRepository {

    private final JdbcClient jdbc;

    SweepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, LocalDate day, Instant at, String by) {
        jdbc.sql("INSERT INTO retention_sweep (id, sweep_date, state, requested_at, requested_by)"
                        + " VALUES (?, ?, 'QUEUED', ?, ?)")
                .params(id, day, Timestamp.from(at), by)
                .update();
    }

    /** The sweep still to run or running, if any: asking for another one gives this one. */
    Optional<UUID> active(Instant staleBefore) {
        return jdbc.sql("SELECT id FROM retention_sweep WHERE state = 'QUEUED'"
                        + " OR (state = 'RUNNING' AND heartbeat_at >= ?) ORDER BY requested_at FETCH FIRST 1 ROWS ONLY")
                .param(Timestamp.from(staleBefore))
                .query(UUID.class)
                .optional();
    }

    /** The oldest sweep to take: queued, or running on a node that stopped beating. */
    Optional<UUID> claimable(Instant staleBefore) {
        return jdbc.sql("SELECT id FROM retention_sweep WHERE state = 'QUEUED'"
                        + " OR (state = 'RUNNING' AND heartbeat_at < ?) ORDER BY requested_at FETCH FIRST 1 ROWS ONLY")
                .param(Timestamp.from(staleBefore))
                .query(UUID.class)
                .optional();
    }

    /** Compare-and-set: true for the one node that takes the sweep. */
    boolean claim(UUID id, String node, Instant at, Instant staleBefore) {
        return jdbc.sql("UPDATE retention_sweep SET state = 'RUNNING', owner_node = ?, heartbeat_at = ?,"
                        + " started_at = COALESCE(started_at, ?) WHERE id = ?"
                        + " AND (state = 'QUEUED' OR (state = 'RUNNING' AND heartbeat_at < ?))")
                .params(node, Timestamp.from(at), Timestamp.from(at), id, Timestamp.from(staleBefore))
                .update() == 1;
    }

    /** Beats, and tells whether this node still owns the sweep. */
    boolean beat(UUID id, String node, Instant at) {
        return jdbc.sql("UPDATE retention_sweep SET heartbeat_at = ? WHERE id = ? AND owner_node = ? AND state = 'RUNNING'")
                .params(Timestamp.from(at), id, node)
                .update() == 1;
    }

    void plan(UUID id, long planned, long held) {
        jdbc.sql("UPDATE retention_sweep SET planned = done + ?, held = ? WHERE id = ?")
                .params(planned, held, id)
                .update();
    }

    void progress(UUID id, long more) {
        jdbc.sql("UPDATE retention_sweep SET done = done + ? WHERE id = ?").params(more, id).update();
    }

    void finish(UUID id, String node, SweepState state, Instant at, String failure) {
        jdbc.sql("UPDATE retention_sweep SET state = ?, finished_at = ?, failure = ? WHERE id = ? AND owner_node = ?")
                .params(state.name(), Timestamp.from(at), failure, id, node)
                .update();
    }

    /** Adds to the sweep's report, in the caller's transaction. */
    void count(UUID sweep, String rule, String module, String action, long records) {
        if (records == 0) {
            return;
        }
        var updated = jdbc.sql("UPDATE retention_sweep_count SET records = records + ? WHERE sweep_id = ?"
                        + " AND rule_code = ? AND module = ? AND action = ?")
                .params(records, sweep, rule, module, action)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO retention_sweep_count (sweep_id, rule_code, module, action, records)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(sweep, rule, module, action, records)
                    .update();
        }
    }

    /**
     * Records one action per person of the batch the caller's transaction read, without reading them again, done or
     * pending until the holders have run.
     */
    void insertActions(UUID sweep, Collection<UUID> persons, String rule, String action, String state, Instant at) {
        jdbc.sql("INSERT INTO retention_action (person_id, rule_code, action, sweep_id, state, decided_at, done_at)"
                        + " SELECT u.id, :rule, :action, :sweep, :state, :at, " + ("DONE".equals(state) ? ":at" : "NULL")
                        + " FROM UNNEST(:ids) AS u(id)")
                .param("rule", rule)
                .param("action", action)
                .param("sweep", sweep)
                .param("state", state)
                .param("at", Timestamp.from(at))
                .param("ids", SqlArrays.uuids(persons))
                .update();
    }

    /** The persons whose erasure a sweep decided and did not see finished: a crash happened in between. */
    List<UUID> pending(int limit) {
        return jdbc.sql("SELECT DISTINCT person_id FROM retention_action WHERE state = 'PENDING' ORDER BY person_id"
                        + " FETCH FIRST ? ROWS ONLY")
                .param(limit)
                .query(UUID.class)
                .list();
    }

    void done(Collection<UUID> persons, Instant at) {
        jdbc.sql("UPDATE retention_action SET state = 'DONE', done_at = :at WHERE state = 'PENDING' AND person_id = ANY(:ids)")
                .param("at", Timestamp.from(at))
                .param("ids", SqlArrays.uuids(persons))
                .update();
    }

    /** Copies what the archive keeps of former customers: who they were and their contracts. */
    int archive(UUID sweep, Collection<UUID> persons, String rule, String reason, Instant at, LocalDate until,
            String endAction) {
        var archived = jdbc.sql("INSERT INTO archive_person (person_id, internal_code, audience, civility, last_name,"
                        + " first_names, email, phone, address, company, accounting_code, search_text, rule_code, reason,"
                        + " archived_at, archived_until, end_action, sweep_id)"
                        + " SELECT id, internal_code, audience, civility, last_name, first_names, email, phone, address,"
                        + " company, accounting_code, search_text, :rule, :reason, :at, :until, :end, :sweep"
                        + " FROM person WHERE id = ANY(:ids)")
                .param("rule", rule)
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("until", until)
                .param("end", endAction)
                .param("sweep", sweep)
                .param("ids", SqlArrays.uuids(persons))
                .update();
        jdbc.sql("INSERT INTO archive_purchase (id, person_id, purchased_on, product_family, warranty_end, contract_end)"
                        + " SELECT id, person_id, purchased_on, product_family, warranty_end, contract_end"
                        + " FROM person_purchase WHERE person_id = ANY(:ids)")
                .param("ids", SqlArrays.uuids(persons))
                .update();
        return archived;
    }

    /** Archived persons whose archive period ended before the day, those a legal hold keeps left out. */
    List<UUID> expiredArchives(LocalDate day, int limit) {
        return jdbc.sql("SELECT a.person_id FROM archive_person a WHERE a.archived_until < :today AND "
                        + LegalHolds.archiveNotHeldSql("a.person_id") + " ORDER BY a.archived_until, a.person_id"
                        + " FETCH FIRST :limit ROWS ONLY")
                .param("today", day)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** How many archives end on the day, per end action, and how many more a legal hold keeps. */
    ArchiveEnds countExpiredArchives(LocalDate day) {
        var ending = new TreeMap<String, Long>();
        var held = new long[1];
        jdbc.sql("SELECT end_action, held, COUNT(*) AS archives FROM (SELECT a.end_action, CASE WHEN "
                        + LegalHolds.archiveNotHeldSql("a.person_id") + " THEN 0 ELSE 1 END AS held"
                        + " FROM archive_person a WHERE a.archived_until < :today) ending GROUP BY end_action, held")
                .param("today", day)
                .query(rs -> {
                    if (rs.getInt("held") == 1) {
                        held[0] += rs.getLong("archives");
                    } else {
                        ending.merge(rs.getString("end_action"), rs.getLong("archives"), Long::sum);
                    }
                });
        return new ArchiveEnds(ending, held[0]);
    }

    /**
     * The archives whose period is over on a day.
     *
     * @param ending per end action ({@code DELETE}, {@code ANONYMISE}), those that end
     * @param held   those a legal hold keeps
     */
    record ArchiveEnds(Map<String, Long> ending, long held) {

        long total() {
            return ending.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Ends the archives, in the caller's transaction: records for each its rule's end action ({@code DELETE} or
     * {@code ANONYMISE}) and deletes its rows. Anonymising keeps nothing of the person: what survives is the anonymised
     * statistics counted when they left the active base ({@link LeavingStatistics}), never a row of theirs stripped of
     * its name, which the purchases and dates left in it could still single out.
     *
     * @return how many archives ended, per end action
     */
    Map<String, Integer> endArchives(UUID sweep, Collection<UUID> persons, Instant at) {
        var ids = SqlArrays.uuids(persons);
        var ended = new TreeMap<String, Integer>();
        jdbc.sql("SELECT end_action, COUNT(*) AS archives FROM archive_person WHERE person_id = ANY(:ids)"
                        + " GROUP BY end_action")
                .param("ids", ids)
                .query(rs -> {
                    ended.put(rs.getString("end_action"), rs.getInt("archives"));
                });
        jdbc.sql("INSERT INTO retention_action (person_id, rule_code, action, sweep_id, state, decided_at, done_at)"
                        + " SELECT person_id, rule_code, end_action, :sweep, 'DONE', :at, :at FROM archive_person"
                        + " WHERE person_id = ANY(:ids)")
                .param("sweep", sweep)
                .param("at", Timestamp.from(at))
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM archive_person WHERE person_id = ANY(:ids)").param("ids", ids).update();
        return ended;
    }

    Optional<SweepView> find(UUID id) {
        return jdbc.sql("SELECT * FROM retention_sweep WHERE id = ?").param(id)
                .query((rs, row) -> view(rs, counts(id)))
                .optional();
    }

    Page<SweepView> page(PageRequest request) {
        var total = jdbc.sql("SELECT COUNT(*) FROM retention_sweep").query(Long.class).single();
        var items = jdbc.sql("SELECT * FROM retention_sweep ORDER BY requested_at DESC, id DESC"
                        + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
                .params(request.offset(), request.size())
                .query((rs, row) -> view(rs, List.of()))
                .list();
        return new Page<>(items, request.page(), request.size(), total);
    }

    private List<SweepView.RuleCount> counts(UUID sweep) {
        return jdbc.sql("SELECT rule_code, module, action, records FROM retention_sweep_count WHERE sweep_id = ?"
                        + " ORDER BY rule_code, module, action")
                .param(sweep)
                .query((rs, row) -> new SweepView.RuleCount(rs.getString("rule_code"), rs.getString("module"),
                        rs.getString("action"), rs.getLong("records")))
                .list();
    }

    private static SweepView view(ResultSet rs, List<SweepView.RuleCount> counts) throws SQLException {
        return new SweepView(rs.getObject("id", UUID.class), rs.getObject("sweep_date", LocalDate.class),
                SweepState.valueOf(rs.getString("state")), instant(rs, "requested_at"), rs.getString("requested_by"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getLong("planned"), rs.getLong("done"),
                rs.getLong("held"), rs.getString("failure"), counts);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
