package org.custodian.contacts;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.custodian.contacts.PersonImportSupport.ImportBatch;
import org.custodian.contacts.PersonImportSupport.Row;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes imported persons in bulk, inside the caller's transaction: PostgreSQL's binary {@code COPY ... FROM STDIN}
 * when the database is PostgreSQL (an order of magnitude faster than INSERTs), batched statements otherwise (H2).
 * A created person carries its creation (who, which import); a completed one gets a history entry with each changed
 * field, as {@link Persons#update} writes it; both get their note's review flags.
 */
@Component
class PersonBulkWriter {

    private static final String PERSON_COLUMNS = "id, internal_code, type, audience, civility, last_name, first_names, "
            + "email, phone, birth_date, address, company, job_title, accounting_code, external_ref, notes, sector, "
            + "generic_address, phone_digits, search_text, sort_name, email_key, collected_at, last_contact_at, "
            + "relationship_end_at, created_at, updated_at, created_by, origin, source";
    private static final String CHANGE_COLUMNS = "person_id, changed_at, actor, kind, origin";
    /** A random code collides with a stored one about once in 10^9 rows: a few new draws always end it. */
    private static final int CODE_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final InternalCodes codes;

    PersonBulkWriter(DataSource dataSource, InternalCodes codes) {
        this.dataSource = dataSource;
        this.codes = codes;
    }

    /**
     * An imported row that completed a stored person.
     *
     * @param row the completed person's derived keys and note flags
     */
    record Update(UUID id, PersonData before, PersonData after, Row row) {
    }

    /**
     * Lets the caller's transaction (one import batch) commit without waiting for its write-ahead log to reach the
     * disk, on PostgreSQL: a power cut may then lose the batches of the last fraction of a second, never part of one,
     * and the job's counts, written in the same transactions, still match what was kept. It spares a million-row
     * import one disk flush per batch.
     */
    void commitWithoutWaitingForDisk() {
        withConnection(connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                execute(connection, "SET LOCAL synchronous_commit = off");
            }
        });
    }

    /**
     * The stored persons holding these e-mail keys, the oldest one for a key held by several (as
     * {@link Persons#findByEmail} answers).
     */
    Map<String, PersonView> findByEmailKeys(Collection<String> keys) {
        var found = new HashMap<String, PersonView>();
        if (keys.isEmpty()) {
            return found;
        }
        withConnection(connection -> {
            var postgres = connection.isWrapperFor(PGConnection.class);
            if (postgres) {
                // During an import the table grows faster than its statistics follow (or autovacuum is off):
                // the planner may then believe the table tiny, or each key frequent, and scan the whole table
                // for every batch, which makes an import quadratic in its size. The index is always the right
                // path for a batch of keys, so this lookup asks for it (and for no JIT compilation, which the
                // same wrong estimate would trigger), for this statement only.
                execute(connection, "SET LOCAL enable_seqscan = off");
                execute(connection, "SET LOCAL jit = off");
            }
            // Persons being erased are skipped here, not in the statement: the list's partial indexes hold exactly
            // the persons not being erased, and with statistics behind the table the planner read the whole table
            // through one of them for every batch (42 ms a batch at 100,000 persons and growing; by the e-mail
            // index alone, 4 ms).
            try (var statement = connection.prepareStatement("SELECT " + PersonRepository.COLUMNS
                    + ", email_key, erasure_requested_at FROM person WHERE email_key = ANY(?)"
                    + " ORDER BY created_at, id")) {
                statement.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
                try (var rs = statement.executeQuery()) {
                    var row = 0;
                    while (rs.next()) {
                        if (rs.getTimestamp("erasure_requested_at") == null) {
                            found.putIfAbsent(rs.getString("email_key"), PersonRepository.person(rs, row++));
                        }
                    }
                }
            }
            if (postgres) {
                execute(connection, "SET LOCAL enable_seqscan TO DEFAULT");
                execute(connection, "SET LOCAL jit TO DEFAULT");
            }
        });
        return found;
    }

    /**
     * Stores new persons with their review flags; each one names who created it and through which import (its
     * history shows that as its creation, without a history row of its own). An internal code that another
     * person already holds is drawn again (the unique constraint tells; the batch is written again from a
     * savepoint), so the batch never fails on it.
     */
    void create(List<Row> rows, ImportBatch batch) {
        if (rows.isEmpty()) {
            return;
        }
        withConnection(connection -> {
            var postgres = connection.isWrapperFor(PGConnection.class);
            var written = rows;
            for (var attempt = 1;; attempt++) {
                var savepoint = connection.setSavepoint();
                try {
                    if (postgres) {
                        copyPersons(connection, written, batch);
                    } else {
                        insertPersons(connection, written, batch);
                    }
                    connection.releaseSavepoint(savepoint);
                    break;
                } catch (SQLException e) {
                    if (attempt == CODE_ATTEMPTS || !isCodeCollision(e)) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                    written = withNewCodes(connection, written);
                }
            }
            insertFlags(connection, written);
        });
    }

    /**
     * Stores completed persons with an "updated" history entry listing each field before and after, and their
     * new review flags when their note was filled. A completion only raises the last contact
     * ({@link DuplicatePolicy}), and the end of the relationship with it.
     */
    void update(List<Update> updates, ImportBatch batch) {
        if (updates.isEmpty()) {
            return;
        }
        withConnection(connection -> {
            var persons = new ArrayList<Object[]>(updates.size());
            for (var update : updates) {
                var data = update.after();
                var row = update.row();
                persons.add(new Object[] {data.type().name(), data.audience().name(), name(data.civility()),
                        data.lastName(), data.firstNames(), data.email(), data.phone(), data.birthDate(),
                        data.address(), data.company(), data.jobTitle(), data.accountingCode(), data.externalRef(),
                        data.notes(), data.sector(), data.genericAddress(), row.phoneDigits(), row.searchText(),
                        row.sortName(), row.emailKey(), data.lastContactAt(), data.lastContactAt(),
                        data.lastContactAt(), data.lastContactAt(), batch.at(), update.id()});
            }
            batch(connection, """
                    UPDATE person SET type = ?, audience = ?, civility = ?, last_name = ?, first_names = ?, email = ?,
                      phone = ?, birth_date = ?, address = ?, company = ?, job_title = ?, accounting_code = ?,
                      external_ref = ?, notes = ?, sector = ?, generic_address = ?, phone_digits = ?, search_text = ?,
                      sort_name = ?, email_key = ?,
                      last_contact_at = COALESCE(GREATEST(last_contact_at, CAST(? AS DATE)), last_contact_at,
                        CAST(? AS DATE)),
                      relationship_end_at = COALESCE(GREATEST(relationship_end_at, CAST(? AS DATE)), relationship_end_at,
                        CAST(? AS DATE)),
                      updated_at = ?
                    WHERE id = ?""", persons);
            var fields = new ArrayList<Object[]>();
            try (var statement = connection.prepareStatement("INSERT INTO person_change (" + CHANGE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                for (var update : updates) {
                    bind(statement, new Object[] {update.id(), batch.at(), batch.actor(), "UPDATED", batch.origin()});
                    statement.addBatch();
                }
                statement.executeBatch();
                try (var keys = statement.getGeneratedKeys()) {
                    for (var update : updates) {
                        if (!keys.next()) {
                            throw new SQLException("Missing generated id of a history entry");
                        }
                        var changeId = keys.getLong(1);
                        var changes = Persons.changes(update.before(), update.after());
                        for (var i = 0; i < changes.size(); i++) {
                            var change = changes.get(i);
                            fields.add(new Object[] {changeId, i, change.field(), change.before(), change.after()});
                        }
                    }
                }
            }
            batch(connection, "INSERT INTO person_change_field (change_id, field_order, field, old_value, new_value) "
                    + "VALUES (?, ?, ?, ?, ?)", fields);
            var noteFilled = updates.stream()
                    .filter(update -> update.before().notes() == null && update.after().notes() != null)
                    .map(Update::row).toList();
            batch(connection, "DELETE FROM person_note_flag WHERE person_id = ?",
                    noteFilled.stream().map(row -> new Object[] {row.id()}).toList());
            insertFlags(connection, noteFilled);
        });
    }

    private static void copyPersons(Connection connection, List<Row> rows, ImportBatch batch) throws SQLException {
        var creation = BinaryCopy.fields().add(batch.at()).add(batch.at()).add(batch.actor()).add(batch.origin())
                .add(PersonSource.IMPORT.name()).bytes();
        try (var copy = CopyStream.open(connection, "person (" + PERSON_COLUMNS + ")")) {
            for (var row : rows) {
                copy.write(row.copyText());
                copy.write(creation);
            }
            copy.finish();
        }
    }

    /**
     * A new person's columns up to its creation's time, author, origin and source (which the batch adds), in PostgreSQL's
     * binary COPY format: computed with the row on the reading thread, so that writing a batch only streams bytes.
     */
    static byte[] copyText(UUID id, String internalCode, PersonData data, String phoneDigits, String searchText,
            String sortName, String emailKey) {
        // a new person has no purchase yet: the relationship ends, so far, with the last contact stated
        return BinaryCopy.tuple(30).add(id).add(internalCode).add(data.type().name()).add(data.audience().name())
                .add(name(data.civility())).add(data.lastName()).add(data.firstNames()).add(data.email())
                .add(data.phone()).add(data.birthDate()).add(data.address()).add(data.company()).add(data.jobTitle())
                .add(data.accountingCode()).add(data.externalRef()).add(data.notes()).add(data.sector())
                .add(data.genericAddress()).add(phoneDigits).add(searchText)
                .add(sortName).add(emailKey).add(data.collectedAt()).add(data.lastContactAt())
                .add(data.lastContactAt()).bytes();
    }

    private static void insertPersons(Connection connection, List<Row> rows, ImportBatch batch) throws SQLException {
        var values = new ArrayList<Object[]>(rows.size());
        for (var row : rows) {
            values.add(personValues(row, batch));
        }
        batch(connection, "INSERT INTO person (" + PERSON_COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    private static Object[] personValues(Row row, ImportBatch batch) {
        var data = row.data();
        return new Object[] {row.id(), row.internalCode(), data.type().name(), data.audience().name(),
                name(data.civility()), data.lastName(), data.firstNames(), data.email(), data.phone(), data.birthDate(),
                data.address(), data.company(), data.jobTitle(), data.accountingCode(), data.externalRef(),
                data.notes(), data.sector(), data.genericAddress(), row.phoneDigits(), row.searchText(),
                row.sortName(), row.emailKey(), data.collectedAt(), data.lastContactAt(), data.lastContactAt(),
                batch.at(), batch.at(), batch.actor(), batch.origin(), PersonSource.IMPORT.name()};
    }

    private void insertFlags(Connection connection, List<Row> rows) throws SQLException {
        var flags = new ArrayList<Object[]>();
        for (var row : rows) {
            for (var flag : row.flags()) {
                flags.add(new Object[] {row.id(), flag.category().name(), String.join("\n", flag.terms())});
            }
        }
        batch(connection, "INSERT INTO person_note_flag (person_id, category, terms) VALUES (?, ?, ?)", flags);
    }

    /** The rows whose code is stored already, or appears twice in the batch, with a new code. */
    private List<Row> withNewCodes(Connection connection, List<Row> rows) throws SQLException {
        var taken = new HashSet<String>();
        try (var statement = connection.prepareStatement("SELECT internal_code FROM person WHERE internal_code = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", rows.stream().map(Row::internalCode).toArray()));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        var result = new ArrayList<Row>(rows.size());
        for (var row : rows) {
            if (taken.contains(row.internalCode()) || !seen.add(row.internalCode())) {
                var code = codes.candidate();
                row = PersonImportSupport.row(row.id(), code, row.data(), row.flags());
            }
            result.add(row);
        }
        return result;
    }

    private static boolean isCodeCollision(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (var next = sql; next != null; next = next.getNextException()) {
                    if ("23505".equals(next.getSQLState()) && next.getMessage() != null
                            && next.getMessage().toLowerCase(Locale.ROOT).contains("person_internal_code_uk")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(sql)) {
            for (var row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (var i = 0; i < values.length; i++) {
            var value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    /** Runs on the connection of the caller's transaction. */
    private void withConnection(ConnectionWork work) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Bulk write of persons failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
