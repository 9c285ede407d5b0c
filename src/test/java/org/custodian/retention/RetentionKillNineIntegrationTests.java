package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.custodian.contacts.Audience;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.Restrictions;
import org.custodian.shared.PersonId;
import org.custodian.testing.DeadNodes;
import org.custodian.testing.MutableClock;
import org.custodian.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * RET-3 «idempotent and resumable: kill -9 at any moment loses nothing and never deletes or archives twice», for real:
 * other Custodians, in child JVMs on the same database ({@link KilledSweepNode}), run the sweep and are killed with
 * {@link Process#destroyForcibly()} (SIGKILL) at random moments of it, {@value #KILLS} times; each time another node
 * takes the silent sweep over and resumes it. Two children are alive at any time, so that the next one starts while the
 * current one sweeps (a child's start is the cost of a kill). Every due person must then be in exactly one place: gone
 * from the active base with everything of theirs, a former customer once in the archive with their contracts, one
 * action per person, rule and action, all done; the persons not due and the restricted one untouched. On H2 the
 * database is a file served to every JVM (AUTO_SERVER); on PostgreSQL, the run's own database.
 * {@code bench/retention-kill-soak.sh} does the same many more times.
 */
@SpringBootTest(properties = {"custodian.retention.poll-delay=PT1H", "custodian.retention.stale-after=PT3S"})
@Import(TestClockConfiguration.class)
class RetentionKillNineIntegrationTests {

    /** Kills that must land while a sweep runs ({@code -Dretention.kills=...} for a soak). */
    private static final int KILLS = Integer.getInteger("retention.kills", 20);
    /** Due persons added each time the sweeps have caught up, so that every kill finds work under way. */
    private static final int WAVE = Integer.getInteger("retention.wave", 60);
    private static final int LIVE_CHILDREN = 2;
    private static final String H2 = "jdbc:h2:file:" + Path.of("target", "kill-nine", UUID.randomUUID().toString(),
            "custodian").toAbsolutePath() + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The sweeps of the database before this test's (on PostgreSQL, the whole suite's database). */
    private Set<UUID> earlierSweeps = Set.of();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
            registry.add("spring.datasource.url", () -> H2);
        }
    }

    @Autowired
    RetentionSweeps sweeps;
    @Autowired
    Persons persons;
    @Autowired
    Purchases purchases;
    @Autowired
    PersonContacts contacts;
    @Autowired
    ProductFamilies families;
    @Autowired
    Restrictions restrictions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${spring.datasource.username:sa}")
    String databaseUser;
    @Value("${spring.datasource.password:}")
    String databasePassword;

    /** The kills' moments and the children's batch sizes; printed, and replayed with {@code -Dretention.seed=...}. */
    private final long seed = Long.getLong("retention.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final List<Child> children = new ArrayList<>();
    private final List<PersonId> dueProspects = new ArrayList<>();
    private final List<PersonId> dueCustomers = new ArrayList<>();
    private final List<PersonId> kept = new ArrayList<>();
    private int started;
    private String family;

    @AfterEach
    void killChildren() throws InterruptedException {
        for (var child : children) {
            child.process().destroyForcibly();
            child.process().waitFor();
        }
        DeadNodes.releaseLocks(jdbc, "kill-" + run + "-");
    }

    @Test
    @DisplayName("RET-3 sweeping nodes killed with kill -9 at random moments, again and again: every due person ends "
            + "in exactly one place, nothing deleted or archived twice, nothing else touched")
    void killedSweepsLoseNothingAndDoNothingTwice() throws Exception {
        earlierSweeps = jdbc.sql("SELECT id FROM retention_sweep").query(UUID.class).set();
        family = families.create("K" + run, "Kill -9 " + run).code();
        var restricted = prospect("Gel", today().minusYears(5));
        restrictions.restrict(restricted, "ACCURACY_CONTESTED", "Conteste son adresse");
        kept.add(restricted);
        seedWave();
        for (var i = 0; i < LIVE_CHILDREN; i++) {
            children.add(startChild());
        }

        var kills = new ArrayList<String>();
        var start = System.nanoTime();
        while (kills.size() < KILLS) {
            ensureWork();
            var sweep = awaitRunningOnALiveChild();
            if (sweep == null) {
                continue;
            }
            Thread.sleep(random.nextInt(1500));
            var victim = children.stream().filter(child -> child.node().equals(sweep.owner())).findFirst().orElseThrow();
            victim.process().destroyForcibly();
            victim.process().waitFor();
            children.remove(victim);
            children.add(startChild());
            var after = runningSweep(sweep.id());
            if (after != null && after.equals(victim.node())) {
                kills.add(String.format(Locale.ROOT, "%s after %,d ms: %d erased so far, %d pending", victim.node(),
                        Duration.ofNanos(System.nanoTime() - start).toMillis(), erased(), pending()));
            }
        }

        // The surviving children resume what the last kill interrupted and finish.
        await(Duration.ofSeconds(120), () -> activeSweeps() == 0 && pending() == 0 && remainingDue() == 0);
        System.out.printf(Locale.ROOT, "RET-3 kill -9: %d kills mid-sweep, %d children started, %d due persons, %.0f s"
                + " (seed %d)%n  %s%n", kills.size(), started, dueProspects.size() + dueCustomers.size(),
                (System.nanoTime() - start) / 1e9, seed, String.join("\n  ", kills));

        assertThat(kills).hasSizeGreaterThanOrEqualTo(KILLS);
        assertEveryRecordInExactlyOnePlace();
    }

    private void assertEveryRecordInExactlyOnePlace() {
        assertThat(count("SELECT COUNT(*) FROM retention_sweep WHERE state = 'FAILED'"))
                .as("no sweep failed: %s", jdbc.sql("SELECT failure FROM retention_sweep WHERE state = 'FAILED'")
                        .query(String.class).list())
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM retention_action WHERE state <> 'DONE'")).isZero();
        for (var person : dueProspects) {
            assertGone(person);
            assertThat(count("SELECT COUNT(*) FROM archive_person WHERE person_id = ?", person)).as("archive").isZero();
            assertThat(actions(person)).containsExactly(RuleBook.PROSPECTS + " DELETE");
        }
        for (var person : dueCustomers) {
            assertGone(person);
            assertThat(count("SELECT COUNT(*) FROM archive_person WHERE person_id = ?", person)).as("archive")
                    .isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM archive_purchase WHERE person_id = ?", person))
                    .as("archived contract").isEqualTo(1);
            assertThat(actions(person)).containsExactly(RuleBook.CONTRACTS + " ARCHIVE", RuleBook.CUSTOMERS + " DELETE");
        }
        for (var person : kept) {
            assertThat(count("SELECT COUNT(*) FROM person WHERE id = ? AND erasure_requested_at IS NULL", person))
                    .as("kept in the active base").isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM consent_record WHERE person_id = ?", person)).isEqualTo(1);
            assertThat(actions(person)).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM archive_person WHERE person_id = ?", person)).isZero();
        }
        // The last sweep ran to its end with no kill: its report adds up.
        var mine = jdbc.sql("SELECT id FROM retention_sweep ORDER BY finished_at DESC").query(UUID.class).list()
                .stream().filter(id -> !earlierSweeps.contains(id)).toList();
        var report = sweeps.find(mine.get(0));
        assertThat(report.state()).isEqualTo(SweepState.DONE);
        assertThat(report.done()).isEqualTo(report.planned());
        assertThat(report.held()).isGreaterThanOrEqualTo(1);
        // Every action on a person is counted once, in the report of the sweep that decided it (on PostgreSQL the
        // database is the whole suite's: the sweeps may also act on other tests' persons, counted alike).
        var reported = mine.stream().flatMap(id -> sweeps.find(id).counts().stream())
                .filter(count -> count.module().equals(SweepRunner.CONTACTS)
                        || count.module().equals(ArchiveDataHolder.SECTION))
                .mapToLong(SweepView.RuleCount::count).sum();
        var recorded = mine.stream().mapToLong(id -> jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE sweep_id = ?")
                .param(id).query(Long.class).single()).sum();
        assertThat(reported).isEqualTo(recorded)
                .isGreaterThanOrEqualTo(dueProspects.size() + 2L * dueCustomers.size());
    }

    private void assertGone(PersonId person) {
        for (var table : List.of("person WHERE id", "person_purchase WHERE person_id", "person_contact WHERE person_id",
                "person_change WHERE person_id", "consent_record WHERE person_id")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " = ?", person)).as("%s of %s", table, person).isZero();
        }
    }

    private List<String> actions(PersonId person) {
        return jdbc.sql("SELECT rule_code || ' ' || action FROM retention_action WHERE person_id = ? AND state = 'DONE'"
                        + " ORDER BY rule_code, action")
                .param(person.value()).query(String.class).list();
    }

    /**
     * When the sweeps have caught up, a new wave of due persons and a sweep for them: prospects collected more than 3
     * years ago, one of them with an old contact; former customers whose purchase is more than 3 years old; each with
     * a consent given and the history of their creation. And some who are not due: a recent prospect, one who came
     * back, a customer who bought last year.
     */
    private void ensureWork() {
        if (activeSweeps() > 0) {
            return;
        }
        if (remainingDue() == 0 && pending() == 0) {
            seedWave();
        }
        clock.set(java.time.Clock.systemUTC().instant());
        sweeps.request();
    }

    private void seedWave() {
        var today = today();
        for (var i = 0; i < WAVE; i++) {
            if (i % 3 == 0) {
                var customer = prospect("Client", today.minusYears(6));
                purchases.record(customer, new PurchaseData(today.minusYears(3).minusDays(2 + i), family, null, null,
                        true, true, false));
                dueCustomers.add(customer);
            } else {
                var prospect = prospect("Prospect", today.minusYears(3).minusDays(1 + i));
                if (i % 5 == 1) {
                    contacts.record(prospect, today.minusYears(3).minusDays(1), ContactKind.REPLY);
                }
                dueProspects.add(prospect);
            }
        }
        kept.add(prospect("Recent", today.minusYears(1)));
        var cameBack = prospect("Revenu", today.minusYears(4));
        contacts.record(cameBack, today.minusYears(2), ContactKind.CLICK);
        kept.add(cameBack);
        var customer = prospect("Fidele", today.minusYears(5));
        purchases.record(customer, new PurchaseData(today.minusYears(1), family, null, null, true, true, false));
        kept.add(customer);
    }

    private PersonId prospect(String name, LocalDate collected) {
        var n = dueProspects.size() + dueCustomers.size() + kept.size();
        var id = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, name + run, "Léa",
                name.toLowerCase(Locale.ROOT) + "." + n + "." + run + "@example.com", null, null, null, null, null, null,
                null, null, null, false, collected, null)).id();
        var at = collected.atTime(12, 0).atZone(PARIS).toOffsetDateTime();
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                        + " source) VALUES (?, ?, 'newsletter', 'EMAIL', 'GIVEN', 'FORM', ?, 'kill-nine', 'kill-nine')")
                .params(UUID.randomUUID(), id.value(), at).update();
        return id;
    }

    private Child startChild() throws IOException {
        var node = "kill-" + run + "-" + ++started;
        var log = Files.createDirectories(Path.of("target", "kill-nine")).resolve(node + ".log");
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                KilledSweepNode.class.getName(),
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + databaseUser,
                "--spring.datasource.password=" + databasePassword, "--spring.flyway.enabled=false",
                "--custodian.node-id=" + node, "--custodian.retention.batch-size=" + (3 + random.nextInt(5)),
                "--custodian.retention.stale-after=PT3S", "--custodian.retention.poll-delay=PT0.2S",
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Child(node, process);
    }

    /** The sweep a live child runs, once one does; null when the sweeps caught up meanwhile. */
    private Running awaitRunningOnALiveChild() throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            for (var child : children) {
                assertThat(child.process().isAlive()).as("child %s died by itself; see target/kill-nine/%s.log",
                        child.node(), child.node()).isTrue();
            }
            var running = jdbc.sql("SELECT id, owner_node FROM retention_sweep WHERE state = 'RUNNING'")
                    .query((rs, row) -> new Running(rs.getObject("id", UUID.class), rs.getString("owner_node")))
                    .list().stream()
                    .filter(sweep -> children.stream().anyMatch(child -> child.node().equals(sweep.owner())))
                    .findFirst();
            if (running.isPresent()) {
                return running.get();
            }
            if (activeSweeps() == 0) {
                return null;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No live child took the sweep in 90 s");
    }

    /** The owner of the sweep if it is still running. */
    private String runningSweep(UUID id) {
        return jdbc.sql("SELECT owner_node FROM retention_sweep WHERE id = ? AND state = 'RUNNING'").param(id)
                .query(String.class).optional().orElse(null);
    }

    private long activeSweeps() {
        return count("SELECT COUNT(*) FROM retention_sweep WHERE state IN ('QUEUED', 'RUNNING')");
    }

    private long pending() {
        return count("SELECT COUNT(*) FROM retention_action WHERE state = 'PENDING'");
    }

    private long erased() {
        return count("SELECT COUNT(*) FROM retention_action WHERE state = 'DONE' AND action = 'DELETE'");
    }

    /** Due persons still in the active base, not yet taken by a sweep. */
    private long remainingDue() {
        var all = new ArrayList<UUID>();
        dueProspects.forEach(person -> all.add(person.value()));
        dueCustomers.forEach(person -> all.add(person.value()));
        return all.isEmpty() ? 0 : jdbc.sql("SELECT COUNT(*) FROM person WHERE id IN (:ids)").param("ids", all)
                .query(Long.class).single();
    }

    private long count(String sql, PersonId person) {
        return jdbc.sql(sql).param(person.value()).query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private record Child(String node, Process process) {
    }

    private record Running(UUID id, String owner) {
    }
}
