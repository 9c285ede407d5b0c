package db.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * CON-1 (issue 8): on PostgreSQL, which trigrams of the search key each slice of the names holds
 * ({@code person_search_trigram}, docs/benchmarks.md, "Fifth pass"), so that a search for one fragment knows without
 * asking the trigram index in which slices it cannot have a match, and asks only the others. It is a summary: one row
 * per trigram and slice, never a person's row, name or id.
 *
 * <p>Statement triggers see every way a person is written (insert, {@code COPY}, update), through the statement's
 * transition tables:
 * <ul>
 * <li>a statement of a few persons (a form, a screen, the API) adds their trigrams at once to
 * {@code person_search_trigram_added} — a table without a unique key, so that two writers never wait for each other —
 * which a search reads with the summary and a sweep merges into it;</li>
 * <li>a larger one (an import's {@code COPY} of thousands of rows) only notes which slices it changed
 * ({@code person_search_stale_slice}): reading out the trigrams of 2,000 persons would cost an import (CON-10) as
 * much as a second trigram index. A search treats a noted slice as one that may hold a match — it asks the index,
 * as before this summary — until the sweep rebuilds the slice from the name index, once writes to it pause.</li>
 * </ul>
 * An update counts only when what a search sees changed: the search key, the slice, or the end of an erasure. A
 * person who leaves (renamed, erased, deleted) leaves trigrams that only make a slice a candidate in vain, until the
 * nightly rebuild forgets them. The summary built here is complete. H2 has no trigram index and never asks for a
 * slice.
 */
public class V57__person_search_slice_trigrams extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        execute(connection, """
                CREATE TABLE person_search_trigram (
                    trigram    TEXT     NOT NULL,
                    name_slice SMALLINT NOT NULL,
                    PRIMARY KEY (trigram, name_slice)
                )""");
        execute(connection, "CREATE TABLE person_search_trigram_added (trigram TEXT NOT NULL,"
                + " name_slice SMALLINT NOT NULL)");
        execute(connection, "CREATE INDEX person_search_trigram_added_idx ON person_search_trigram_added (trigram)");
        execute(connection, "CREATE TABLE person_search_stale_slice (name_slice SMALLINT NOT NULL,"
                + " noted_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        execute(connection, "CREATE INDEX person_search_stale_slice_idx ON person_search_stale_slice (name_slice)");
        // Trigrams with a space are those of a word's edges, which a fragment inside a word never needs.
        var recorded = """
                , counted AS (SELECT COUNT(*) AS persons FROM changed),
                added AS (
                    INSERT INTO person_search_trigram_added (trigram, name_slice)
                    SELECT DISTINCT t, c.name_slice FROM changed c CROSS JOIN unnest(show_trgm(c.search_text)) AS t
                    WHERE (SELECT persons FROM counted) <= 100 AND t NOT LIKE '% %')
                INSERT INTO person_search_stale_slice (name_slice)
                SELECT DISTINCT name_slice FROM changed WHERE (SELECT persons FROM counted) > 100;""";
        execute(connection, """
                CREATE FUNCTION person_search_slices_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        WITH changed AS (
                            SELECT name_slice, search_text FROM written WHERE erasure_requested_at IS NULL)
                """ + recorded + """
                    ELSE
                        WITH changed AS (
                            SELECT w.name_slice, w.search_text FROM written w JOIN previous p ON p.id = w.id
                            WHERE w.erasure_requested_at IS NULL
                              AND (w.search_text IS DISTINCT FROM p.search_text OR w.name_slice <> p.name_slice
                                   OR p.erasure_requested_at IS NOT NULL))
                """ + recorded + """
                    END IF;
                    RETURN NULL;
                END
                $$""");
        execute(connection, "CREATE TRIGGER person_search_inserted AFTER INSERT ON person REFERENCING NEW TABLE AS"
                + " written FOR EACH STATEMENT EXECUTE FUNCTION person_search_slices_changed()");
        execute(connection, "CREATE TRIGGER person_search_updated AFTER UPDATE ON person REFERENCING OLD TABLE AS"
                + " previous NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION person_search_slices_changed()");
        execute(connection, "INSERT INTO person_search_trigram (trigram, name_slice) SELECT DISTINCT t, name_slice"
                + " FROM person CROSS JOIN unnest(show_trgm(search_text)) AS t"
                + " WHERE erasure_requested_at IS NULL AND t NOT LIKE '% %'");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
