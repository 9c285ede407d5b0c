package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * CON-1 (issue 8): on PostgreSQL, each person's slice of the alphabet by sort key ({@code name_slice}, computed by
 * PostgreSQL) kept inside the trigram index of the search key (docs/benchmarks.md, "Third pass"). A page of a name
 * search in name order then finds the slices where a fragment has matches from the index alone and walks only those
 * stretches of the name index, instead of reading and sorting thousands of scattered rows. Still one trigram index
 * for an import to write (CON-10), with one more entry per person; a search over every person reads it as before.
 * The bounds are those of {@code org.custodian.contacts.NameSlices}, repeated here because a migration must keep
 * building the same column whatever the code becomes. H2 has no trigram index and never asks for a slice.
 */
public class V42__person_search_slices extends BaseJavaMigration {

    private static final List<String> LOWER_BOUNDS = List.of("b", "be", "bo", "c", "ce", "co", "d", "de", "do", "e",
            "f", "g", "ge", "go", "h", "i", "j", "k", "l", "le", "lo", "m", "me", "mo", "n", "o", "p", "pe", "po", "q",
            "r", "re", "ro", "s", "t", "u", "v", "w", "x", "y", "z");

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        var slice = new StringBuilder("CASE");
        for (var i = 0; i < LOWER_BOUNDS.size(); i++) {
            slice.append(" WHEN sort_name < '").append(LOWER_BOUNDS.get(i)).append("' THEN ").append(i);
        }
        slice.append(" ELSE ").append(LOWER_BOUNDS.size()).append(" END");
        execute(connection, "ALTER TABLE person ADD COLUMN name_slice SMALLINT GENERATED ALWAYS AS (" + slice
                + ") STORED");
        // btree_gin lets the trigram index hold the slice too (a trusted extension since PostgreSQL 13, like pg_trgm).
        execute(connection, "CREATE EXTENSION IF NOT EXISTS btree_gin");
        execute(connection, "DROP INDEX person_search_trgm_idx");
        execute(connection, "CREATE INDEX person_search_trgm_idx ON person USING gin (search_text gin_trgm_ops,"
                + " name_slice) WHERE erasure_requested_at IS NULL");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
