package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * CON-1 (issue 8): the persons list at a million persons — where a person came from, and the indexes that keep a
 * search and every list page under 50 ms on PostgreSQL (docs/benchmarks.md). A Java migration because the fast path
 * is PostgreSQL-only (trigram indexes for {@code LIKE '%…%'}, partial indexes that skip persons being erased so that
 * a page is read from the index alone) while H2, the embedded default, gets plain indexes that are enough at its
 * sizes and runs the same queries.
 */
public class V26__person_list extends BaseJavaMigration {

    /** The columns a list can be sorted by, each with its index, id last so that the order is total. */
    private static final List<String> SORT_COLUMNS = List.of("created_at", "updated_at", "email_key", "internal_code");

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        // How the person came into the file: IMPORT, FORM (a public form), API, STAFF (typed on a screen) or SYSTEM
        // (start-up work such as the demo data); for persons already stored, from their creation entry.
        execute(connection, "ALTER TABLE person ADD COLUMN source VARCHAR(10)");
        execute(connection, """
                UPDATE person SET source = CASE
                  WHEN origin LIKE 'import/%' THEN 'IMPORT'
                  ELSE COALESCE((SELECT CASE WHEN c.actor LIKE 'api:%' THEN 'API' WHEN c.actor = 'public' THEN 'FORM'
                                             WHEN c.actor = 'system' THEN 'SYSTEM' ELSE 'STAFF' END
                                 FROM person_change c WHERE c.person_id = person.id AND c.kind = 'CREATED'
                                 ORDER BY c.changed_at, c.id LIMIT 1), 'STAFF')
                END""");
        execute(connection, "ALTER TABLE person ALTER COLUMN source SET NOT NULL");
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            postgresIndexes(connection);
        } else {
            for (var column : SORT_COLUMNS) {
                execute(connection, "CREATE INDEX person_" + column + "_sort_idx ON person (" + column + ", id)");
            }
            execute(connection, "CREATE INDEX person_source_idx ON person (source)");
        }
    }

    private static void postgresIndexes(Connection connection) throws SQLException {
        // A trusted extension since PostgreSQL 13: the database owner may create it.
        execute(connection, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
        execute(connection, "CREATE INDEX person_search_trgm_idx ON person USING gin (search_text gin_trgm_ops)"
                + " WHERE erasure_requested_at IS NULL");
        execute(connection, "CREATE INDEX person_phone_trgm_idx ON person USING gin (phone_digits gin_trgm_ops)"
                + " WHERE erasure_requested_at IS NULL");
        // Every read of the list skips persons being erased: indexes on the live rows only let a page, a deep page
        // (OFFSET) and the capped count be read from an index without visiting the table. The list index carries
        // the columns the filters and the search test, so that a search matching many persons walks the names in
        // order without reading their rows; the narrow one serves the unfiltered list, whose deep pages skip fewer
        // index pages.
        execute(connection, "DROP INDEX person_sort_name_idx");
        execute(connection, "CREATE INDEX person_sort_name_idx ON person (sort_name, id) WHERE erasure_requested_at IS NULL");
        execute(connection, "CREATE INDEX person_list_idx ON person (sort_name, id) INCLUDE (search_text, phone_digits,"
                + " type, audience, source, created_at, updated_at) WHERE erasure_requested_at IS NULL");
        for (var column : SORT_COLUMNS) {
            execute(connection, "CREATE INDEX person_" + column + "_sort_idx ON person (" + column + ", id)"
                    + " WHERE erasure_requested_at IS NULL");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
