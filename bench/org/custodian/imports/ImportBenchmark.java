package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.custodian.imports.ImportJobView;
import org.custodian.imports.Imports;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CON-10 "import speed": a generated file of fictitious persons (default 1,000,000 rows, {@code -Dbench.rows=...})
 * imported through the real import job (upload, parse, the rules of the forms on every row, internal codes, COPY on
 * PostgreSQL or batched INSERTs elsewhere), timed from the upload to the job's end; on PostgreSQL, compared with a
 * plain {@code COPY} of the same persons, already in the table's own format, into the same table. Run with
 * {@code ./mvnw -B -Pbench test -Dtest=ImportBenchmark} (add {@code -Ppostgres,bench -Dpg.url=...}); the results
 * are printed and written to target/bench/import.md.
 */
@IntegrationTest
@Tag("bench")
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    /** One row in a thousand carries a NIR as accounting code, to exercise the error report. */
    private static final int REFUSED_EVERY = 1_000;

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void importSpeed() throws Exception {
        var prefix = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-";
        var file = Files.createTempFile("import-bench", ".csv");
        try {
            generate(file, prefix);
            var started = System.nanoTime();
            ImportJobView job;
            try (var in = Files.newInputStream(file)) {
                job = imports.submit(in, "bench.csv", "benchmark", null, null, Locale.FRENCH);
            }
            while (!job.state().finished()) {
                Thread.sleep(100);
                job = imports.get(job.id());
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            assertThat(job.failure()).isNull();
            assertThat(job.rowsRead()).isEqualTo(ROWS);
            assertThat(job.refused()).isEqualTo(ROWS / REFUSED_EVERY);
            var rate = ROWS / seconds;
            var report = new StringBuilder()
                    .append("Database: ").append(product()).append('\n')
                    .append(String.format(Locale.ROOT, "Import job: %,d rows (%,d imported, %,d refused) in %.1f s = %,.0f rows/s%n",
                            ROWS, job.imported(), job.refused(), seconds, rate));
            if (isPostgres()) {
                var copySeconds = plainCopy(prefix);
                var copyRate = job.imported() / copySeconds;
                report.append(String.format(Locale.ROOT, "Plain COPY of the same %,d persons: %.1f s = %,.0f rows/s%n",
                        job.imported(), copySeconds, copyRate))
                        .append(String.format(Locale.ROOT, "Ratio import / plain COPY: %.2f (the import takes %.1fx the time)%n",
                                rate / copyRate, copyRate / rate));
            }
            System.out.println(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/import.md"), report);
        } finally {
            Files.deleteIfExists(file);
            jdbc.sql("DELETE FROM person WHERE external_ref LIKE ?").param(prefix + "%").update();
        }
    }

    private static void generate(Path file, String prefix) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("nom;prénom;email;téléphone;code comptable;référence;statut;clientèle\n");
            for (var i = 1; i <= ROWS; i++) {
                var accounting = i % REFUSED_EVERY == 0 ? "185057800604830" : "411C" + i;
                out.write("Nom" + i + ";Prénom" + (i % 5000) + ";p" + i + "@example.test;06 " + String.format("%08d", i)
                        + ";" + accounting + ";" + prefix + i + ";" + (i % 3 == 0 ? "prospect" : "client")
                        + ";particulier\n");
            }
        }
    }

    /** COPY of the persons just imported, in the table's own format, into the person table (then removed). */
    private double plainCopy(String prefix) throws Exception {
        var rows = Files.createTempFile("import-bench-copy", ".csv");
        try {
            var columns = "id, internal_code, type, audience, civility, last_name, first_names, email, phone, birth_date, "
                    + "address, company, job_title, accounting_code, external_ref, notes, phone_digits, search_text, "
                    + "sort_name, created_at, updated_at";
            try (var connection = dataSource.getConnection()) {
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                try (var out = Files.newOutputStream(rows)) {
                    copy.copyOut("COPY (SELECT gen_random_uuid(), 'X' || internal_code, type, audience, civility, last_name,"
                            + " first_names, email, phone, birth_date, address, company, job_title, accounting_code,"
                            + " 'C' || external_ref, notes, phone_digits, search_text, sort_name, created_at, updated_at"
                            + " FROM person WHERE external_ref LIKE '" + prefix + "%') TO STDOUT WITH (FORMAT csv)", out);
                }
                connection.setAutoCommit(false);
                var started = System.nanoTime();
                try (Reader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
                    copy.copyIn("COPY person (" + columns + ") FROM STDIN WITH (FORMAT csv)", in);
                }
                connection.commit();
                var seconds = (System.nanoTime() - started) / 1e9;
                connection.setAutoCommit(true);
                return seconds;
            }
        } finally {
            Files.deleteIfExists(rows);
            jdbc.sql("DELETE FROM person WHERE external_ref LIKE ?").param("C" + prefix + "%").update();
        }
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
