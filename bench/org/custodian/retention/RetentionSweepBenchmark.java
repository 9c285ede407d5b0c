package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.BenchDatabase.count;
import static org.custodian.BenchDatabase.isPostgres;
import static org.custodian.BenchDatabase.prewarm;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.testing.MutableClock;
import org.custodian.testing.TestClockConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * RET-3 (issue 11 §3, speed): {@code bench.persons} expired persons (default 1,000,000) with their consents and
 * history, one in five a former customer with a purchase, archived or deleted by the real sweep on PostgreSQL, against
 * a hand-written set-based SQL move of the same rows measured in the same run; and the persons API's p99 idle and
 * during the sweep. The table also holds {@code bench.active} persons who are not due (default 100,000), which the API
 * reads. Then the time of each holder's erasure per person, on a sample, to show where the sweep's time goes. Run with
 * {@code ./mvnw -B -Ppostgres,bench test -Dtest=RetentionSweepBenchmark -Dpg.url=...}; results printed and written to
 * target/bench/retention-sweep.md.
 */
@SpringBootTest(properties = {"custodian.retention.poll-delay=PT0.5S"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@Tag("bench")
class RetentionSweepBenchmark {

    private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
    private static final int ACTIVE = Integer.getInteger("bench.active", 100_000);
    private static final int PROFILE = Integer.getInteger("bench.profile", 2_000);
    private static final int PROFILE_BATCH = 500;
    /** Only the set-based move ({@code -Dbench.setBasedOnly=true}): its time at a size the sweep would take hours on. */
    private static final boolean SET_BASED_ONLY = Boolean.getBoolean("bench.setBasedOnly");
    private static final int PROBES = 500;
    private static final int CHUNK = 100_000;

    @Autowired
    RetentionSweeps sweeps;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    PlatformTransactionManager transactions;

    private final StringBuilder report = new StringBuilder();
    private double[] idleMillis;

    @Test
    void sweepAgainstASetBasedMove() throws Exception {
        assumeTrue(isPostgres(dataSource), "PostgreSQL only: run with -Ppostgres,bench -Dpg.url=...");
        jdbc.sql("INSERT INTO product_family (code, name, created_at, updated_at) SELECT 'BENCH', 'Bench', now(), now()"
                + " WHERE NOT EXISTS (SELECT 1 FROM product_family WHERE code = 'BENCH')").update();
        var today = LocalDate.now(Clock.systemUTC());
        clock.set(Clock.systemUTC().instant());
        line("Database: %s", jdbc.sql("SELECT version()").query(String.class).single());
        if (count(jdbc, "person") < ACTIVE) {
            line("Active persons (not due) loaded in %.0f s", load("ACTIVE", ACTIVE, today, false));
        }

        line("%n## Hand-written set-based SQL, %,d expired persons", PERSONS);
        var loaded = load("SQL", PERSONS, today, true);
        line("Loaded with consents and history in %.0f s: %s", loaded, sizes());
        var setBased = timed(() -> setBasedMove(today));
        line("**Set-based move: %.1f s** (%,.0f persons/s); left: %s", setBased, PERSONS / setBased, sizes());
        vacuum();
        if (SET_BASED_ONLY) {
            write();
            return;
        }

        line("%n## The sweep, %,d expired persons", PERSONS);
        loaded = load("SWEEP", PERSONS, today, true);
        line("Loaded with consents and history in %.0f s: %s", loaded, sizes());
        var idle = probe(PROBES);
        line("Persons API idle: %s", idle);
        var running = new AtomicBoolean(true);
        var during = new ArrayList<Double>();
        var prober = new Thread(() -> during.addAll(probeWhile(running)));
        var commits = commits();
        var start = System.nanoTime();
        var sweep = sweeps.request();
        prober.start();
        while (sweeps.find(sweep.id()).active()) {
            Thread.sleep(200);
        }
        var swept = (System.nanoTime() - start) / 1e9;
        running.set(false);
        prober.join();
        var done = sweeps.find(sweep.id());
        assertThat(done.state()).as(String.valueOf(done.failure())).isEqualTo(SweepState.DONE);
        commits = commits() - commits;
        line("**Sweep: %.1f s** (%,.0f persons/s), %s; %,d commits in the database meanwhile (%.1f per person, the API's"
                + " reads included); left: %s", swept, PERSONS / swept, done.counts(), commits, (double) commits / PERSONS,
                sizes());
        line("**Ratio sweep / set-based: %.1f** (target ≤ 2)", swept / setBased);
        line("Persons API during the sweep: %s; **p99 ratio during / idle: %.2f** (target ≤ 2)",
                stats(during), percentile(sorted(during), 99) / percentile(idleMillis, 99));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE external_ref LIKE 'SWEEP-%'").query(Long.class).single())
                .isZero();

        line("%n## Where the sweep's time goes: each holder over %,d marked persons, ms per person", PROFILE);
        profileHolders(today);
        write();
    }

    private void write() throws IOException {
        System.out.println(report);
        var out = Path.of("target/bench/retention-sweep.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The move a DBA would write: the due persons read once, the archive copied, everything else deleted, by set. */
    private void setBasedMove(LocalDate today) {
        var cutoff = today.minusYears(3);
        var sweep = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO retention_sweep (id, sweep_date, state, requested_at, requested_by) VALUES (?, ?, 'DONE',"
                + " ?, 'set-based')").params(sweep, today, now).update();
        jdbc.sql("CREATE TEMP TABLE due ON COMMIT DROP AS SELECT p.id, (p.type = 'CUSTOMER' AND EXISTS (SELECT 1 FROM"
                + " person_purchase pp WHERE pp.person_id = p.id)) AS customer FROM person p WHERE"
                + " p.erasure_requested_at IS NULL AND NOT EXISTS (SELECT 1 FROM person_restriction r"
                + " WHERE r.in_force_person_id = p.id) AND ((p.type = 'CUSTOMER' AND p.relationship_end_at <= :cutoff)"
                + " OR (p.type <> 'CUSTOMER' AND p.collected_at <= :cutoff"
                + " AND (p.last_contact_at IS NULL OR p.last_contact_at <= :cutoff)))").param("cutoff", cutoff).update();
        jdbc.sql("INSERT INTO archive_person (person_id, internal_code, audience, civility, last_name, first_names,"
                + " email, phone, address, company, accounting_code, search_text, rule_code, reason, archived_at,"
                + " archived_until, end_action, sweep_id) SELECT id, internal_code, audience, civility, last_name,"
                + " first_names, email, phone, address, company, accounting_code, search_text, :rule, 'EVIDENCE', :at,"
                + " :until, 'DELETE', :sweep FROM person WHERE id IN (SELECT id FROM due WHERE customer)")
                .param("rule", RuleBook.CONTRACTS).param("at", now).param("until", today.plusYears(5))
                .param("sweep", sweep).update();
        jdbc.sql("INSERT INTO archive_purchase (id, person_id, purchased_on, product_family, warranty_end, contract_end)"
                + " SELECT id, person_id, purchased_on, product_family, warranty_end, contract_end FROM person_purchase"
                + " WHERE person_id IN (SELECT id FROM due WHERE customer)").update();
        jdbc.sql("INSERT INTO retention_action (person_id, rule_code, action, sweep_id, state, decided_at, done_at)"
                + " SELECT id, :rule, 'ARCHIVE', :sweep, 'DONE', CAST(:at AS TIMESTAMP WITH TIME ZONE),"
                + " CAST(:at AS TIMESTAMP WITH TIME ZONE) FROM due WHERE customer UNION ALL SELECT id,"
                + " CASE WHEN customer THEN :customers ELSE :prospects END, 'DELETE', :sweep, 'DONE',"
                + " CAST(:at AS TIMESTAMP WITH TIME ZONE), CAST(:at AS TIMESTAMP WITH TIME ZONE) FROM due").param("rule", RuleBook.CONTRACTS).param("customers", RuleBook.CUSTOMERS)
                .param("prospects", RuleBook.PROSPECTS).param("sweep", sweep).param("at", now).update();
        jdbc.sql("DELETE FROM consent_record WHERE person_id IN (SELECT id FROM due)").update();
        jdbc.sql("DELETE FROM person_change_field WHERE change_id IN (SELECT c.id FROM person_change c JOIN due"
                + " ON due.id = c.person_id)").update();
        jdbc.sql("DELETE FROM person_change WHERE person_id IN (SELECT id FROM due)").update();
        jdbc.sql("DELETE FROM person_purchase WHERE person_id IN (SELECT id FROM due)").update();
        jdbc.sql("DELETE FROM person WHERE id IN (SELECT id FROM due)").update();
    }

    /** One transaction, as a DBA would run it. */
    private double timed(Runnable work) {
        var start = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * {@code n} persons tagged {@code tag-i}: expired ones collected 4 to 6 years ago, one in five a customer whose
     * only purchase is 3 to 5 years old; active ones collected in the last year. Each with two consents given
     * (e-mail, SMS) and the history of their creation (one change, three fields).
     */
    private double load(String tag, int n, LocalDate today, boolean expired) {
        var start = System.nanoTime();
        for (long low = 1; low <= n; low += CHUNK) {
            var high = Math.min(n, low + CHUNK - 1);
            jdbc.sql("""
                    INSERT INTO person (id, internal_code, type, audience, last_name, first_names, email, phone,
                        external_ref, phone_digits, search_text, sort_name, email_key, created_at, updated_at, source,
                        relationship_end_at, collected_at)
                    SELECT gen_random_uuid(), :tag || '-' || lpad(i::text, 9, '0'),
                           CASE WHEN :expired AND i % 5 = 0 THEN 'CUSTOMER' ELSE 'PROSPECT' END, 'CONSUMER',
                           (ARRAY['Martin','Bernard','Dubois','Moreau','Lefebvre','Girard','Fontaine','Chevalier'])[1 + i % 8],
                           (ARRAY['Marie','Jean','Claire','Hugo','Lea','Paul'])[1 + i % 6],
                           lower(:tag) || '.' || i || '@example.org', '06 12 34 56 78', :tag || '-' || i, '0612345678',
                           lower((ARRAY['martin','bernard','dubois','moreau','lefebvre','girard','fontaine','chevalier'])[1 + i % 8]
                               || ' ' || lower(:tag) || '.' || i || '@example.org'),
                           lower((ARRAY['martin','bernard','dubois','moreau','lefebvre','girard','fontaine','chevalier'])[1 + i % 8]),
                           lower(:tag) || '.' || i || '@example.org',
                           CASE WHEN :expired THEN CAST(:today AS DATE) - CAST(1461 + i % 730 AS INT) ELSE CAST(:today AS DATE) - CAST(i % 365 AS INT) END
                               + TIME '12:00',
                           now(), 'IMPORT',
                           CASE WHEN :expired AND i % 5 = 0 THEN CAST(:today AS DATE) - CAST(1100 + i % 730 AS INT) END,
                           CASE WHEN :expired THEN CAST(:today AS DATE) - CAST(1461 + i % 730 AS INT) ELSE CAST(:today AS DATE) - CAST(i % 365 AS INT) END
                    FROM generate_series(CAST(:low AS BIGINT), CAST(:high AS BIGINT)) i""")
                    .param("tag", tag).param("expired", expired).param("today", today).param("low", low)
                    .param("high", high).update();
        }
        var mine = "SELECT id, type, created_at, relationship_end_at FROM person WHERE external_ref LIKE '" + tag + "-%'";
        jdbc.sql("INSERT INTO person_purchase (id, person_id, purchased_on, product_family, email_collected_at_sale,"
                + " opposition_offered, opposed, recorded_at, recorded_by) SELECT gen_random_uuid(), id,"
                + " relationship_end_at, 'BENCH', true, true, false, now(), 'bench' FROM (" + mine + ") p"
                + " WHERE type = 'CUSTOMER'").update();
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                + " source) SELECT gen_random_uuid(), p.id, 'newsletter', ch.channel, 'GIVEN', 'FORM', p.created_at,"
                + " 'bench', 'bench' FROM (" + mine + ") p CROSS JOIN (VALUES ('EMAIL'), ('SMS')) ch(channel)").update();
        jdbc.sql("INSERT INTO person_change (person_id, changed_at, actor, kind) SELECT id, created_at, 'bench',"
                + " 'CREATED' FROM (" + mine + ") p").update();
        jdbc.sql("INSERT INTO person_change_field (change_id, field_order, field, old_value, new_value)"
                + " SELECT c.id, f.n, f.field, NULL, 'bench' FROM person_change c JOIN person p ON p.id = c.person_id"
                + " CROSS JOIN (VALUES (1, 'lastName'), (2, 'firstNames'), (3, 'email')) f(n, field)"
                + " WHERE p.external_ref LIKE '" + tag + "-%'").update();
        vacuum();
        prewarm(jdbc, List.of("person", "consent_record", "person_change", "person_change_field", "person_purchase"));
        return (System.nanoTime() - start) / 1e9;
    }

    private void vacuum() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (var table : List.of("person", "consent_record", "person_change", "person_change_field",
                    "person_purchase", "archive_person", "archive_purchase", "retention_action")) {
                statement.execute("VACUUM ANALYZE " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long commits() {
        return jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
                .query(Long.class).single();
    }

    private String sizes() {
        return String.format(Locale.ROOT, "person %,d, consent_record %,d, person_change %,d, person_change_field %,d,"
                        + " person_purchase %,d, archive_person %,d, retention_action %,d", count(jdbc, "person"),
                count(jdbc, "consent_record"), count(jdbc, "person_change"), count(jdbc, "person_change_field"),
                count(jdbc, "person_purchase"), count(jdbc, "archive_person"), count(jdbc, "retention_action"));
    }

    /** The persons API as the web shop calls it: a name search, the first page, an e-mail search; 300 warm-up calls. */
    private String probe(int calls) throws Exception {
        for (var i = 0; i < 300; i++) {
            call(i);
        }
        var millis = new ArrayList<Double>();
        for (var i = 0; i < calls; i++) {
            var start = System.nanoTime();
            call(i);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        idleMillis = sorted(millis);
        return stats(millis);
    }

    private List<Double> probeWhile(AtomicBoolean running) {
        var millis = new ArrayList<Double>();
        try {
            for (var i = 0; running.get(); i++) {
                var start = System.nanoTime();
                call(i);
                millis.add((System.nanoTime() - start) / 1e6);
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return millis;
    }

    private void call(int i) throws Exception {
        var request = switch (i % 3) {
            case 0 -> get("/api/v1/persons").param("q", "mar").param("size", "25");
            case 1 -> get("/api/v1/persons").param("size", "25");
            default -> get("/api/v1/persons").param("q", "active." + (1 + (i * 7919) % ACTIVE) + "@example.org");
        };
        mvc.perform(request.with(user("bench").roles("SALES"))).andExpect(status().isOk());
    }

    /**
     * Each holder alone over a sample of due persons marked as a batch would mark them, contacts last, erasing them as
     * the sweep does: {@link PersonalDataHolder#eraseAll} over batches of 500, one transaction per holder and batch.
     */
    private void profileHolders(LocalDate today) {
        load("PROFILE", PROFILE, today, true);
        var ids = jdbc.sql("SELECT id FROM person WHERE external_ref LIKE 'PROFILE-%'").query(UUID.class).list();
        jdbc.sql("UPDATE person SET erasure_requested_at = now() WHERE id IN (:ids)").param("ids", ids).update();
        var persons = ids.stream().map(PersonId::new).toList();
        var ordered = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::erasesLast)
                .thenComparing(PersonalDataHolder::section)).toList();
        var transaction = new TransactionTemplate(transactions);
        report.append("| holder | ms per person | share |\n|---|---:|---:|\n");
        var times = new double[ordered.size()];
        for (var h = 0; h < ordered.size(); h++) {
            var holder = ordered.get(h);
            var start = System.nanoTime();
            for (var from = 0; from < persons.size(); from += PROFILE_BATCH) {
                var batch = persons.subList(from, Math.min(persons.size(), from + PROFILE_BATCH));
                transaction.execute(status -> holder.eraseAll(batch, ErasureMode.ERASE));
            }
            times[h] = (System.nanoTime() - start) / 1e6 / persons.size();
        }
        var total = Arrays.stream(times).sum();
        for (var h = 0; h < ordered.size(); h++) {
            line("| %s | %.3f | %.0f %% |", ordered.get(h).section(), times[h], 100 * times[h] / total);
        }
        line("| all holders | %.3f | 100 %% |", total);
    }

    private String stats(List<Double> millis) {
        var sorted = sorted(millis);
        return String.format(Locale.ROOT, "%d calls, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double[] sorted(List<Double> millis) {
        var sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private void line(String format, Object... args) {
        var text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
