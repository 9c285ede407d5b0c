package org.custodian;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What every benchmark asks of its database: which one it is, how many rows a table holds, a warm cache. */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    /** Whether the benchmark runs on PostgreSQL (the figures of docs/benchmarks.md are measured there). */
    public static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** The rows of {@code table}, a name the benchmark writes itself. */
    public static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /**
     * Reads these tables and their indexes into PostgreSQL's cache once, as a server that has run for a while has
     * them: the benchmark measures the queries, not the first reads of a cold disk.
     */
    public static void prewarm(JdbcClient jdbc, List<String> tables) {
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_prewarm").update();
        jdbc.sql("SELECT SUM(pg_prewarm(c.oid::regclass, 'read')) FROM pg_class c WHERE c.relname IN (:tables)"
                        + " OR c.oid IN (SELECT i.indexrelid FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid"
                        + " WHERE t.relname IN (:tables))")
                .param("tables", tables).query(Long.class).single();
    }
}
