package org.custodian.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Import jobs and their error reports.
 */
@Repository
class ImportJobRepository {

    private static final String ERRORS = "SELECT row_no, field, rule, message FROM import_error WHERE job_id = ? ORDER BY seq";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(UUID id, String createdBy, Instant at, String fileName, String source, char delimiter,
            List<String> header, List<ImportField> mapping, PersonType defaultType, Audience defaultAudience,
            String locale) {
        jdbc.sql("""
                        INSERT INTO import_job (id, created_by, created_at, state, file_name, source, delimiter, header,
                            mapping, default_type, default_audience, locale)
                        VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, createdBy, Timestamp.from(at), fileName, source, String.valueOf(delimiter),
                        String.join("\n", header), mappingText(mapping), defaultType.name(), defaultAudience.name(),
                        locale)
                .update();
    }

    /**
     * Moves a draft to QUEUED with its final mapping, owned by this node, whose heartbeat starts now; answers false
     * when it was not a draft any more.
     */
    boolean queue(UUID id, List<ImportField> mapping, PersonType defaultType, Audience defaultAudience, String owner,
            Instant at) {
        return jdbc.sql("""
                        UPDATE import_job SET state = 'QUEUED', mapping = ?, default_type = ?, default_audience = ?,
                            owner_node = ?, heartbeat_at = ?
                        WHERE id = ? AND state = 'DRAFT'""")
                .params(mappingText(mapping), defaultType.name(), defaultAudience.name(), owner, Timestamp.from(at), id)
                .update() == 1;
    }

    /** Moves a queued job to RUNNING; answers false when it is no longer queued (failed meanwhile as stale). */
    boolean running(UUID id, Instant at) {
        return jdbc.sql("UPDATE import_job SET state = 'RUNNING', started_at = ?, heartbeat_at = ? WHERE id = ? "
                        + "AND state = 'QUEUED'")
                .params(Timestamp.from(at), Timestamp.from(at), id).update() == 1;
    }

    /**
     * Adds one batch's counts, in the batch's transaction, and renews the heartbeat; answers false when the job is no
     * longer running (another node failed it as stale), so that the batch is rolled back.
     */
    boolean progress(UUID id, long read, long imported, long updated, long refused, long consents, Instant at) {
        return jdbc.sql("""
                        UPDATE import_job SET rows_read = rows_read + ?, imported = imported + ?, updated = updated + ?,
                            refused = refused + ?, consents = consents + ?, heartbeat_at = ?
                        WHERE id = ? AND state = 'RUNNING'""")
                .params(read, imported, updated, refused, consents, Timestamp.from(at), id).update() == 1;
    }

    /** Ends a job that is still queued or running (one failed as stale meanwhile keeps its failure). */
    void finish(UUID id, ImportState state, Instant at, String failure) {
        jdbc.sql("UPDATE import_job SET state = ?, finished_at = ?, failure = ? WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")
                .params(state.name(), Timestamp.from(at), failure, id).update();
    }

    /** The sign of life of every job this node runs or has queued. */
    int beat(String owner, Instant at) {
        return jdbc.sql("UPDATE import_job SET heartbeat_at = ? WHERE owner_node = ? AND state IN ('QUEUED', 'RUNNING')")
                .params(Timestamp.from(at), owner).update();
    }

    /** Closes a draft that will never be started; answers false when it was not a draft any more. */
    boolean closeDraft(UUID id, Instant at, String failure) {
        return jdbc.sql("UPDATE import_job SET state = 'FAILED', finished_at = ?, failure = ? WHERE id = ? AND state = 'DRAFT'")
                .params(Timestamp.from(at), failure, id).update() == 1;
    }

    /** The drafts uploaded before this instant. */
    List<UUID> draftsBefore(Instant before) {
        return jdbc.sql("SELECT id FROM import_job WHERE state = 'DRAFT' AND created_at < ?")
                .param(Timestamp.from(before)).query(UUID.class).list();
    }

    /** The state of a job, empty when there is no such job. */
    Optional<ImportState> state(UUID id) {
        return jdbc.sql("SELECT state FROM import_job WHERE id = ?").param(id)
                .query((rs, row) -> ImportState.valueOf(rs.getString("state"))).optional();
    }

    /**
     * Jobs a stop of this node interrupted — its own, they will never resume — and jobs of any node whose heartbeat
     * is older than {@code staleBefore} (or that have none, queued before nodes had names): closed as failed. Another
     * node's job with a fresh heartbeat is left running.
     */
    int failInterrupted(String owner, Instant staleBefore, Instant at, String failure) {
        return jdbc.sql("""
                        UPDATE import_job SET state = 'FAILED', finished_at = ?, failure = ?
                        WHERE state IN ('QUEUED', 'RUNNING')
                          AND (owner_node = ? OR heartbeat_at IS NULL OR heartbeat_at < ?)""")
                .params(Timestamp.from(at), failure, owner, Timestamp.from(staleBefore)).update();
    }

    /** Jobs whose node stopped giving signs of life before {@code staleBefore}: closed as failed. */
    int failStale(Instant staleBefore, Instant at, String failure) {
        return jdbc.sql("""
                        UPDATE import_job SET state = 'FAILED', finished_at = ?, failure = ?
                        WHERE state IN ('QUEUED', 'RUNNING') AND (heartbeat_at IS NULL OR heartbeat_at < ?)""")
                .params(Timestamp.from(at), failure, Timestamp.from(staleBefore)).update();
    }

    void addErrors(UUID id, int firstSeq, List<ImportErrorView> errors) {
        if (errors.isEmpty()) {
            return;
        }
        var args = new ArrayList<Object[]>(errors.size());
        for (var i = 0; i < errors.size(); i++) {
            var error = errors.get(i);
            args.add(new Object[] {id, firstSeq + i, error.row(), error.field(), error.rule(),
                    truncate(error.message(), 1000)});
        }
        template.batchUpdate("INSERT INTO import_error (job_id, seq, row_no, field, rule, message) VALUES (?, ?, ?, ?, ?, ?)",
                args);
    }

    Optional<ImportJobView> find(UUID id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query(ImportJobRepository::job).optional();
    }

    Optional<String> locale(UUID id) {
        return jdbc.sql("SELECT locale FROM import_job WHERE id = ?").param(id).query(String.class).optional();
    }

    Optional<Character> delimiter(UUID id) {
        return jdbc.sql("SELECT delimiter FROM import_job WHERE id = ?").param(id).query(String.class).optional()
                .map(value -> value.charAt(0));
    }

    /** Jobs whose file name, source or author contains the query (case ignored), newest first. */
    Page<ImportJobView> list(String query, PageRequest page) {
        var where = "";
        var params = new ArrayList<Object>();
        if (query != null && !query.isBlank()) {
            where = " WHERE LOWER(COALESCE(file_name, '') || ' ' || source || ' ' || created_by) LIKE ? ESCAPE '\\'";
            params.add("%" + query.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var total = jdbc.sql("SELECT COUNT(*) FROM import_job" + where).params(params).query(Long.class).single();
        var rows = jdbc.sql("SELECT * FROM import_job" + where + " ORDER BY created_at DESC, id LIMIT " + page.size()
                + " OFFSET " + page.offset()).params(params).query(ImportJobRepository::job).list();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    List<ImportErrorView> errors(UUID id) {
        return jdbc.sql(ERRORS).param(id).query(ImportJobRepository::error).list();
    }

    /** The first errors of a job, for a screen that shows only these. */
    List<ImportErrorView> errors(UUID id, int limit) {
        return jdbc.sql(ERRORS + " LIMIT " + limit).param(id).query(ImportJobRepository::error).list();
    }

    /** Every error of a job, one at a time, without holding the report in memory (a file may refuse millions). */
    void eachError(UUID id, Consumer<ImportErrorView> sink) {
        template.query(connection -> {
            var statement = connection.prepareStatement(ERRORS);
            statement.setObject(1, id);
            statement.setFetchSize(1000);
            return statement;
        }, (RowCallbackHandler) rs -> sink.accept(error(rs, 0)));
    }

    private static ImportErrorView error(ResultSet rs, int row) throws SQLException {
        return new ImportErrorView(rs.getLong("row_no"), rs.getString("field"), rs.getString("rule"),
                rs.getString("message"));
    }

    private static String mappingText(List<ImportField> mapping) {
        var lines = new ArrayList<String>();
        for (var i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != null) {
                lines.add(i + "=" + mapping.get(i).name());
            }
        }
        return String.join("\n", lines);
    }

    private static ImportJobView job(ResultSet rs, int row) throws SQLException {
        var header = Arrays.asList(rs.getString("header").split("\n", -1));
        var mapping = new ArrayList<ImportField>();
        header.forEach(column -> mapping.add(null));
        var mappingText = rs.getString("mapping");
        if (mappingText != null && !mappingText.isEmpty()) {
            for (var line : mappingText.split("\n")) {
                var parts = line.split("=", 2);
                mapping.set(Integer.parseInt(parts[0]), ImportField.valueOf(parts[1]));
            }
        }
        return new ImportJobView(rs.getObject("id", UUID.class), rs.getString("created_by"),
                instant(rs, "created_at"), ImportState.valueOf(rs.getString("state")), rs.getString("file_name"),
                rs.getString("source"), header, mapping, PersonType.valueOf(rs.getString("default_type")),
                Audience.valueOf(rs.getString("default_audience")), rs.getLong("rows_read"), rs.getLong("imported"),
                rs.getLong("updated"), rs.getLong("refused"), rs.getLong("consents"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
