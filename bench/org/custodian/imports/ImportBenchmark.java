package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * CON-10 "import speed": a generated file of fictitious persons (default 1,000,000 rows, {@code -Dbench.rows=...})
 * imported through the real import job — upload, parsing, the rules of the forms on every row, e-mail matching
 * (CON-9), internal codes, COPY on PostgreSQL or batched INSERTs on H2, counts and error report — timed from the
 * upload to the job's end, with its pace over each tenth of the file. Then the rows the job stored are loaded again,
 * alone, by the database's own bulk load into the same table emptied of them (on PostgreSQL the tables are rewritten
 * by {@code VACUUM FULL} first, so each load starts from the same empty state): a plain {@code COPY} of their CSV
 * (and of their binary form) on PostgreSQL, {@code INSERT ... SELECT FROM CSVREAD} on H2 — the pure database cost of
 * storing those persons. Finally the same file is imported a second time in the same JVM, its code now compiled.
 * Options: {@code -Dbench.consentEvery=N} gives every N-th row a consent (purpose, channel, date),
 * {@code -Dbench.duplicateEvery=N} repeats an earlier row's e-mail on every N-th row. Run with
 * {@code ./mvnw -B -Pbench test -Dtest=ImportBenchmark} (add {@code -Ppostgres,bench -Dpg.url=...}); the results are
 * printed and written to target/bench/import.md.
 */
@IntegrationTest
@Tag("bench")
@WithMockUser(username = "bench", roles = "SALES")
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final int CONSENT_EVERY = Integer.getInteger("bench.consentEvery", 0);
    private static final int DUPLICATE_EVERY = Integer.getInteger("bench.duplicateEvery", 0);
    /** One row in a thousand carries a NIR as accounting code, to exercise the error report. */
    private static final int REFUSED_EVERY = 1_000;
    /** Every column the import writes (those of {@code PersonBulkWriter}), so that the plain load stores the same rows. */
    private static final String COLUMNS = "id, internal_code, type, audience, civility, last_name, first_names, email, "
            + "phone, birth_date, address, company, job_title, accounting_code, external_ref, notes, sector, "
            + "generic_address, phone_digits, search_text, sort_name, email_key, collected_at, last_contact_at, "
            + "relationship_end_at, created_at, updated_at, created_by, origin, source";

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void importSpeed() throws Exception {
        var prefix = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-";
        var where = "external_ref LIKE '" + prefix + "%'";
        var file = Files.createTempFile("import-bench", ".csv");
        try {
            generate(file, prefix);
            var report = new StringBuilder()
                    .append("Database: ").append(product()).append('\n')
                    .append(String.format(Locale.ROOT, "File: %,d rows, %.0f MB, consent every %s row(s), duplicate e-mail every %s row(s)%n",
                            ROWS, Files.size(file) / 1e6, CONSENT_EVERY == 0 ? "no" : CONSENT_EVERY,
                            DUPLICATE_EVERY == 0 ? "no" : DUPLICATE_EVERY));
            var first = timedImport(file, "Import job, first in this JVM (import code not yet compiled)", report);
            var stored = first.created();
            var csv = export(where, "csv");
            var binary = isPostgres() ? export(where, "binary") : null;
            try {
                emptyOf(where);
                var csvSeconds = plainLoad(csv, "csv");
                report.append(String.format(Locale.ROOT, "Plain %s of the same %,d persons: %.1f s = %,.0f rows/s%n",
                        isPostgres() ? "COPY (CSV)" : "INSERT ... SELECT FROM CSVREAD", stored, csvSeconds,
                        stored / csvSeconds));
                emptyOf(where);
                var binarySeconds = 0.0;
                if (binary != null) {
                    binarySeconds = plainLoad(binary, "binary");
                    report.append(String.format(Locale.ROOT, "Plain COPY (binary, the format the import sends) of the same persons: %.1f s = %,.0f rows/s%n",
                            binarySeconds, stored / binarySeconds));
                    emptyOf(where);
                }
                var second = timedImport(file, "Import job, second run of the same file (same JVM, table emptied again)",
                        report);
                report.append(String.format(Locale.ROOT, "Ratio import / plain %s: first run %.2f, second run %.2f%n",
                        isPostgres() ? "COPY (CSV)" : "load", csvSeconds / first.seconds(), csvSeconds / second.seconds()));
                if (binary != null) {
                    report.append(String.format(Locale.ROOT, "Ratio import / plain COPY (binary): first run %.2f, second run %.2f%n",
                            binarySeconds / first.seconds(), binarySeconds / second.seconds()));
                }
            } finally {
                Files.deleteIfExists(csv);
                if (binary != null) {
                    Files.deleteIfExists(binary);
                }
            }
            System.out.println(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/import.md"), report);
        } finally {
            Files.deleteIfExists(file);
            jdbc.sql("DELETE FROM person WHERE " + where).update();
        }
    }

    /** What one import run gave. */
    private record Run(double seconds, long created) {
    }

    private Run timedImport(Path file, String title, StringBuilder report) throws Exception {
        var progress = new ArrayList<long[]>();
        var started = System.nanoTime();
        ImportJobView job;
        try (var in = Files.newInputStream(file)) {
            job = imports.submit(in, "bench.csv", "benchmark", null, null, Locale.FRENCH);
        }
        // The upload stores the file in the database, where every node can read it (issue 8 §3): timed apart.
        var uploadSeconds = (System.nanoTime() - started) / 1e9;
        while (!job.state().finished()) {
            Thread.sleep(100);
            job = imports.get(job.id());
            progress.add(new long[] {System.nanoTime() - started, job.rowsRead()});
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        assertThat(job.failure()).isNull();
        assertThat(job.rowsRead()).isEqualTo(ROWS);
        report.append(String.format(Locale.ROOT,
                        "%s: %,d rows (%,d created, %,d completed a known e-mail, %,d refused, %,d consents) in %.1f s = %,.0f rows/s%n",
                        title, ROWS, job.created(), job.updated(), job.refused(), job.consents(), seconds, ROWS / seconds))
                .append(String.format(Locale.ROOT, "  of which the upload, file stored in the database: %.1f s%n",
                        uploadSeconds))
                .append("  rows/s per tenth of the file: ").append(tenths(progress)).append('\n')
                .append("  errors by rule: ").append(errorsByRule(job)).append('\n');
        return new Run(seconds, job.created());
    }

    private static void generate(Path file, String prefix) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("nom;prénom;email;téléphone;code comptable;référence;statut;clientèle");
            out.write(CONSENT_EVERY > 0 ? ";finalité;canal;date du consentement\n" : "\n");
            for (var i = 1; i <= ROWS; i++) {
                var accounting = i % REFUSED_EVERY == 0 ? "185057800604830" : "411C" + i;
                var mail = DUPLICATE_EVERY > 0 && i % DUPLICATE_EVERY == 0 ? i / 2 : i;
                out.write("Nom" + i + ";Prénom" + (i % 5000) + ";p" + mail + "." + prefix.toLowerCase(Locale.ROOT)
                        + "@example.test;06 " + String.format("%08d", i) + ";" + accounting + ";" + prefix + i + ";"
                        + (i % 3 == 0 ? "prospect" : "client") + ";particulier");
                if (CONSENT_EVERY > 0) {
                    out.write(i % CONSENT_EVERY == 0 ? ";PROSPECTING;email;" + String.format("%02d", 1 + i % 28) + "/03/2021\n" : ";;;\n");
                } else {
                    out.write('\n');
                }
            }
        }
    }

    /** The persons the job stored, with their ids, as the database's own bulk load reads them. */
    private Path export(String where, String format) throws Exception {
        var rows = Files.createTempFile("import-bench-" + format, "." + format);
        if (isPostgres()) {
            try (var connection = dataSource.getConnection(); var out = Files.newOutputStream(rows)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT " + COLUMNS
                        + " FROM person WHERE " + where + ") TO STDOUT WITH (FORMAT " + format + ")", out);
            }
        } else {
            Files.delete(rows);
            jdbc.sql("CALL CSVWRITE('" + rows + "', 'SELECT " + COLUMNS + " FROM person WHERE "
                    + where.replace("'", "''") + "', 'charset=UTF-8 null=~NULL~')").update();
        }
        return rows;
    }

    /** Times the database's own bulk load of an export into the person table: storing the rows, nothing else. */
    private double plainLoad(Path rows, String format) throws Exception {
        if (!isPostgres()) {
            var started = System.nanoTime();
            jdbc.sql("INSERT INTO person (" + COLUMNS + ") SELECT * FROM CSVREAD('" + rows
                    + "', NULL, 'charset=UTF-8 null=~NULL~')").update();
            return (System.nanoTime() - started) / 1e9;
        }
        try (var connection = dataSource.getConnection(); var in = Files.newInputStream(rows)) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            connection.setAutoCommit(false);
            var started = System.nanoTime();
            copy.copyIn("COPY person (" + COLUMNS + ") FROM STDIN WITH (FORMAT " + format + ")", in);
            connection.commit();
            var seconds = (System.nanoTime() - started) / 1e9;
            connection.setAutoCommit(true);
            return seconds;
        }
    }

    /**
     * Deletes the imported persons (with their history) and, on PostgreSQL, rewrites the tables and their indexes
     * compactly, so that the plain load starts from the state the import started from.
     */
    private void emptyOf(String where) throws Exception {
        jdbc.sql("DELETE FROM person WHERE " + where).update();
        if (isPostgres()) {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("VACUUM FULL ANALYZE person, person_change");
            }
        }
    }

    /** The import's pace through the file: rows/s over each tenth of the rows, from the job's progress. */
    private static String tenths(List<long[]> progress) {
        var rates = new ArrayList<String>();
        long previousTime = 0;
        long previousRows = 0;
        var next = ROWS / 10;
        for (var sample : progress) {
            if (previousRows < ROWS && sample[1] >= next && sample[0] > previousTime) {
                rates.add(String.format(Locale.ROOT, "%,.0f", (sample[1] - previousRows) / ((sample[0] - previousTime) / 1e9)));
                previousTime = sample[0];
                previousRows = sample[1];
                next = (int) Math.min(ROWS, sample[1] + ROWS / 10);
            }
        }
        return String.join(" | ", rates);
    }

    private String errorsByRule(ImportJobView job) {
        var counts = new java.util.TreeMap<String, Integer>();
        imports.errors(job.id()).forEach(error -> counts.merge(error.field() + " " + error.rule(), 1, Integer::sum));
        return counts.toString();
    }

    private boolean isPostgres() throws Exception {
        try (var connection = dataSource.getConnection()) {
            return connection.isWrapperFor(PGConnection.class);
        }
    }

    private String product() throws Exception {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }
}
