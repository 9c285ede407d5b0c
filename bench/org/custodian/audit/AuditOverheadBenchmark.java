package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SEC-3 "logging must not make reads slow": person-like primary-key reads through the real Spring
 * context (a read-only transaction and one SELECT, like a facade's detail read), without the audit
 * log, with the buffered audit log (what the application does), and with a synchronous append per
 * read (the alternative design). Not a unit test: run with {@code ./mvnw -B -Pbench test} (see
 * docs/benchmarks.md); the results are printed and written to target/bench/audit-overhead.md.
 */
@IntegrationTest
@Tag("bench")
class AuditOverheadBenchmark {

    private static final int ROWS = 10_000;
    private static final int WARM_UP = 20_000;
    private static final int READS = Integer.getInteger("bench.reads", 100_000);
    private static final int PACED_RATE = 1_000;
    private static final int PACED_READS = 10_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChainStore store;

    @Autowired
    MutableClock clock;

    private TransactionTemplate readOnly;

    record BenchPerson(long id, String lastName, String firstNames, String email, String phone, String city) {
    }

    @BeforeEach
    void createTable() {
        jdbc.sql("DROP TABLE IF EXISTS bench_person").update();
        jdbc.sql("""
                CREATE TABLE bench_person (
                    id          BIGINT       NOT NULL PRIMARY KEY,
                    last_name   VARCHAR(100) NOT NULL,
                    first_names VARCHAR(100) NOT NULL,
                    email       VARCHAR(200),
                    phone       VARCHAR(30),
                    city        VARCHAR(100))""").update();
        var rows = new ArrayList<Object[]>(ROWS);
        for (long id = 1; id <= ROWS; id++) {
            rows.add(new Object[] { id, "Name" + id, "First" + id, "person" + id + "@example.test", "+33 1 00 00 " + id,
                    "City" + (id % 100) });
        }
        jdbcTemplate.batchUpdate("INSERT INTO bench_person VALUES (?, ?, ?, ?, ?, ?)", rows);
        readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
    }

    @AfterEach
    void dropTable() {
        jdbc.sql("DROP TABLE bench_person").update();
    }

    @Test
    void measuresTheAuditOverheadOfReads() throws IOException {
        // Every mode reads in a read-only transaction, as a facade's detail read does.
        LongConsumer plain = id -> readOnly.executeWithoutResult(status -> read(id));
        LongConsumer buffered = id -> readOnly.executeWithoutResult(status -> {
            read(id);
            auditLog.personalData(AuditAction.READ, "bench-person", Long.toString(id), null);
        });
        LongConsumer synchronous = id -> readOnly.executeWithoutResult(status -> {
            read(id);
            store.append(List.of(PendingEntry.of(clock.instant(), "bench", AuditAction.READ, "bench-person",
                    Long.toString(id), null, null)));
        });

        run(plain, WARM_UP);
        run(buffered, WARM_UP);
        auditLog.flush();
        run(synchronous, WARM_UP / 4);

        var without = run(plain, READS);
        var withBuffered = run(buffered, READS);
        var flushStarted = System.nanoTime();
        auditLog.flush();
        var drain = System.nanoTime() - flushStarted;
        var withSynchronous = run(synchronous, READS);
        auditLog.flush();
        var pacedWithout = paced(plain);
        var pacedBuffered = paced(buffered);
        var pacedSynchronous = paced(synchronous);
        var verifyStarted = System.nanoTime();
        var verification = auditLog.verify();
        var verify = System.nanoTime() - verifyStarted;

        assertThat(verification.valid()).isTrue();
        var database = databaseName();
        var report = new StringBuilder()
                .append("Database: ").append(database).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(", ")
                .append(READS).append(" reads per mode, one thread\n\n")
                .append("| mode | reads/s | mean µs per read | overhead |\n|---|---:|---:|---:|\n")
                .append(line("without audit log", without, without))
                .append(line("with audit log, buffered (caller's view)", withBuffered, without))
                .append(line("with audit log, buffered incl. final drain", withBuffered + drain, without))
                .append(line("with audit log, synchronous append per read", withSynchronous, without))
                .append(String.format(Locale.ROOT, "%nPaced at %,d reads/s (%,d reads per mode), mean µs inside one read: "
                        + "without %.1f, buffered %.1f (%+.0f %%), synchronous %.1f (%+.0f %%).%n", PACED_RATE, PACED_READS,
                        pacedWithout / 1e3 / PACED_READS, pacedBuffered / 1e3 / PACED_READS,
                        (pacedBuffered - pacedWithout) * 100.0 / pacedWithout, pacedSynchronous / 1e3 / PACED_READS,
                        (pacedSynchronous - pacedWithout) * 100.0 / pacedWithout))
                .append(String.format(Locale.ROOT, "%nQueue drained %.1f ms after the last buffered read. "
                        + "Verification of the whole chain (%d entries): %.0f ms.%n", drain / 1e6,
                        verification.checkedEntries(), verify / 1e6));
        System.out.println(report);
        var out = Path.of("target/bench/audit-overhead.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private BenchPerson read(long id) {
        return jdbc.sql("SELECT id, last_name, first_names, email, phone, city FROM bench_person WHERE id = ?")
                .param(id)
                .query((rs, row) -> new BenchPerson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .single();
    }

    private long run(LongConsumer operation, int count) {
        var started = System.nanoTime();
        for (var i = 0; i < count; i++) {
            // A prime stride spreads the reads over the whole table.
            operation.accept(1 + (i * 7919L) % ROWS);
        }
        return System.nanoTime() - started;
    }

    /**
     * Reads at a steady rate below the writer's capacity, as a server sees them, and answers the time
     * spent inside the reads only: the latency a user would feel.
     */
    private long paced(LongConsumer operation) {
        var interval = 1_000_000_000L / PACED_RATE;
        var busy = 0L;
        var next = System.nanoTime();
        for (var i = 0; i < PACED_READS; i++) {
            next += interval;
            var started = System.nanoTime();
            operation.accept(1 + (i * 7919L) % ROWS);
            busy += System.nanoTime() - started;
            while (System.nanoTime() < next) {
                LockSupport.parkNanos(next - System.nanoTime());
            }
        }
        return busy;
    }

    private String line(String mode, long nanos, long baseline) {
        var mean = nanos / 1e3 / READS;
        return String.format(Locale.ROOT, "| %s | %,.0f | %.1f | %s |%n", mode, READS / (nanos / 1e9), mean,
                nanos == baseline ? "—" : String.format(Locale.ROOT, "%+.0f %%", (nanos - baseline) * 100.0 / baseline));
    }

    private String databaseName() {
        return jdbcTemplate.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName()
                + " " + connection.getMetaData().getDatabaseProductVersion());
    }
}
