package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.BenchDatabase.count;
import static org.custodian.BenchDatabase.isPostgres;
import static org.custodian.BenchDatabase.prewarm;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.HowGiven;
import org.custodian.consent.StaffStatement;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionRequest;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * DSR-3 (issue 10): the access package of one person among 1,000,000 on PostgreSQL, target ≤ 300 ms. Tops the file up
 * to {@code bench.persons} fictitious persons (default 1,000,000; a database that already holds them, e.g. loaded by
 * {@code PersonSearchBenchmark}, is kept) and fills every holder's large tables with SQL so that a missing index shows:
 * a history entry per person, purchases for 40 %, contacts for 20 %, an outbox message for one person in two, on top
 * of the consent ledger of one in five. Then gives {@value #SAMPLE} persons a realistic file through the facades
 * (a change, sensitive data, a staff consent and a withdrawal, two purchases, two contacts, a suppression entry, the
 * audit entries all of this writes) and times, for each of them, {@link AccessPackages#json} and
 * {@link AccessPackages#pdf} with the access log included, and the gathering alone (every holder's export), over
 * {@code bench.rounds} rounds (default 3) after one warm-up round. Run with
 * {@code ./mvnw -B -Ppostgres,bench test -Dtest=AccessPackageBenchmark -Dpg.url=...}; the report is printed and
 * written to target/bench/access-package.md.
 */
@IntegrationTest
@Tag("bench")
// as in production (the tests turn the template cache off, which parsed the package's template at each PDF)
@TestPropertySource(properties = "spring.thymeleaf.cache=true")
@WithMockUser(username = "bench", roles = {"DPO", "SUPPORT", "SALES"})
class AccessPackageBenchmark {

    private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int SAMPLE = 30;
    private static final int CHUNK = 100_000;

    @Autowired
    AccessPackages packages;
    @Autowired
    SensitiveData sensitiveData;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    Purchases purchases;
    @Autowired
    PersonContacts contacts;
    @Autowired
    ProductFamilies families;
    @Autowired
    SuppressionList suppression;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void accessPackageOfOnePersonAmongAMillion() throws Exception {
        assumeTrue(isPostgres(dataSource), "PostgreSQL only: run with -Ppostgres,bench -Dpg.url=...");
        var loadSeconds = load();
        var sample = sample();
        prewarm(jdbc, List.of("person", "person_change", "person_change_field", "person_purchase", "person_contact",
                "consent_record", "mail_message", "audit_entry", "suppression_entry"));

        var report = new StringBuilder()
                .append("Database: ").append(jdbc.sql("SELECT version()").query(String.class).single()).append('\n')
                .append(String.format(Locale.ROOT, "Persons: %,d (loaded in this run: %.0f s); person_change: %,d; "
                                + "person_purchase: %,d; person_contact: %,d; consent_record: %,d; mail_message: %,d; "
                                + "audit_entry: %,d%n", count(jdbc, "person"), loadSeconds, count(jdbc, "person_change"),
                        count(jdbc, "person_purchase"), count(jdbc, "person_contact"), count(jdbc, "consent_record"),
                        count(jdbc, "mail_message"), count(jdbc, "audit_entry")));
        var gathered = packages.gather(sample.get(0), true);
        var pdf = packages.pdf(sample.get(0), Locale.FRENCH, true);
        int pages;
        try (var document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        report.append(String.format(Locale.ROOT, "A sampled person's package: %d sections, %d records; JSON %,d bytes;"
                        + " PDF %,d bytes, %d pages%n%n", gathered.sections().size(), gathered.recordCount(),
                packages.json(sample.get(0), true).length, pdf.length, pages))
                .append("| what (" + SAMPLE + " persons × " + ROUNDS + " rounds) | p50 ms | p95 ms | max ms |\n")
                .append("|---|---:|---:|---:|\n");
        measure(report, "gathering: every holder's export", sample, person -> packages.gather(person, true));
        measure(report, "JSON package (access log included)", sample, person -> packages.json(person, true));
        measure(report, "PDF package (French, access log included)", sample,
                person -> packages.pdf(person, Locale.FRENCH, true));
        measure(report, "portable data, CSV", sample, person -> packages.portableCsv(person));
        System.out.println(report);
        var out = Path.of("target/bench/access-package.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void measure(StringBuilder report, String what, List<PersonId> sample, Function<PersonId, ?> call) {
        sample.forEach(call::apply);
        var millis = new double[sample.size() * ROUNDS];
        var i = 0;
        for (var round = 0; round < ROUNDS; round++) {
            for (var person : sample) {
                var start = System.nanoTime();
                call.apply(person);
                millis[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        var line = String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", what, percentile(millis, 50),
                percentile(millis, 95), millis[millis.length - 1]);
        System.out.print(line);
        report.append(line);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /**
     * {@value #SAMPLE} persons spread over the file, each given a realistic file through the facades (once: a person
     * already given one keeps it).
     */
    private List<PersonId> sample() {
        var step = PERSONS / SAMPLE;
        var ids = new ArrayList<PersonId>();
        if (families.find("BENCHJARDIN").isEmpty()) {
            families.create("BENCHJARDIN", "Jardin (banc d'essai)");
        }
        for (var n = 0; n < SAMPLE; n++) {
            var ref = "BENCH-" + (1 + n * step + 17);
            var row = jdbc.sql("SELECT id, email FROM person WHERE external_ref = ?").param(ref)
                    .query((rs, r) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("email")}).single();
            var person = new PersonId((UUID) row[0]);
            ids.add(person);
            if (jdbc.sql("SELECT COUNT(*) FROM person_sensitive_data WHERE person_id = ?").param(person.value())
                    .query(Long.class).single() > 0) {
                continue;
            }
            sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies", "Allergie aux fruits à coque",
                    new SensitiveConsent("J'accepte que mes allergies soient notées.", "comptoir", null, null,
                            "203.0.113.9", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", "boutique de Nantes"));
            ledger.recordGivenToStaff(person.value(), "PROSPECTING", Channel.SMS, "J'accepte de recevoir des SMS.",
                    new StaffStatement(HowGiven.LETTER, "Lettre reçue en agence"));
            ledger.withdraw(person.value(), "PROSPECTING", Channel.PHONE, "Appel au service client", "203.0.113.9",
                    "Mozilla/5.0");
            for (var p = 0; p < 2; p++) {
                purchases.record(person, new PurchaseData(LocalDate.of(2025, 3 + p, 14), "BENCHJARDIN",
                        LocalDate.of(2027, 3 + p, 14), null, true, true, false));
                contacts.record(person, LocalDate.of(2025, 5 + p, 2), p == 0 ? ContactKind.CALL : ContactKind.VISIT);
            }
            suppression.add(new SuppressionRequest((String) row[1], null, SuppressionChannel.POST,
                    SuppressionSource.STAFF, "Ne plus recevoir de courrier"));
        }
        return ids;
    }

    /**
     * Tops the file up to {@link #PERSONS} persons, then fills the large tables once (a database that already has
     * them keeps them), and refreshes the statistics as autovacuum would.
     */
    private double load() throws Exception {
        var start = System.nanoTime();
        var from = count(jdbc, "person") + 1;
        for (long low = from; low <= PERSONS; low += CHUNK) {
            var high = Math.min(PERSONS, low + CHUNK - 1);
            jdbc.sql("""
                    INSERT INTO person (id, internal_code, type, audience, last_name, first_names, email, email_key,
                        phone, phone_digits, search_text, sort_name, created_at, updated_at, source, external_ref,
                        collected_at)
                    SELECT gen_random_uuid(), 'BCH-' || lpad(i::text, 10, '0'), 'PROSPECT', 'CONSUMER', 'Banc',
                           'Personne', 'personne.' || i || '@example.org', 'personne.' || i || '@example.org',
                           '06' || lpad((i * 7919 % 100000000)::text, 8, '0'),
                           '06' || lpad((i * 7919 % 100000000)::text, 8, '0'), 'banc personne', 'banc personne',
                           now() - random() * interval '5 years', now(), 'IMPORT', 'BENCH-' || i, current_date
                    FROM generate_series(?::bigint, ?::bigint) i""").params(low, high).update();
            System.out.printf(Locale.ROOT, "loaded persons up to %,d (%.0f s)%n", high, (System.nanoTime() - start) / 1e9);
        }
        if (count(jdbc, "mail_message") >= PERSONS / 2) {
            return from > PERSONS ? 0 : (System.nanoTime() - start) / 1e9;
        }
        var persons = "FROM (SELECT id, email, created_at, substr(external_ref, 7)::bigint AS i FROM person"
                + " WHERE external_ref LIKE 'BENCH-%') p";
        jdbc.sql("INSERT INTO person_change (person_id, changed_at, actor, kind, origin) SELECT p.id, p.created_at,"
                + " 'import', 'CREATE', 'import' " + persons).update();
        jdbc.sql("INSERT INTO person_change_field (change_id, field_order, field, old_value, new_value)"
                + " SELECT c.id, 0, 'email', NULL, p.email FROM person_change c JOIN person p ON p.id = c.person_id"
                + " WHERE p.external_ref LIKE 'BENCH-%'").update();
        System.out.printf(Locale.ROOT, "history (%.0f s)%n", (System.nanoTime() - start) / 1e9);
        jdbc.sql("INSERT INTO product_family (code, name, created_at, updated_at) VALUES ('BENCHLITERIE', 'Literie',"
                + " now(), now()) ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO person_purchase (id, person_id, purchased_on, product_family, warranty_end, contract_end,"
                + " email_collected_at_sale, opposition_offered, opposed, recorded_at, recorded_by)"
                + " SELECT gen_random_uuid(), p.id, (p.created_at + n * interval '40 days')::date, 'BENCHLITERIE',"
                + " NULL, NULL, TRUE, TRUE, FALSE, p.created_at, 'bench' " + persons
                + ", LATERAL generate_series(0, 1) n WHERE p.i % 5 < 2").update();
        jdbc.sql("INSERT INTO person_contact (id, person_id, contacted_on, kind, recorded_at, recorded_by)"
                + " SELECT gen_random_uuid(), p.id, p.created_at::date, 'CALL', p.created_at, 'bench' " + persons
                + " WHERE p.i % 5 = 2").update();
        System.out.printf(Locale.ROOT, "purchases and contacts (%.0f s)%n", (System.nanoTime() - start) / 1e9);
        jdbc.sql("INSERT INTO mail_message (id, created_at, created_by, category, recipient, subject, text_body, status,"
                + " attempts, person_id) SELECT gen_random_uuid(), p.created_at, 'bench', 'consent-confirmation',"
                + " p.email, 'Confirmez votre consentement', 'Bonjour, pour confirmer votre choix, ouvrez ce lien.',"
                + " 'HELD', 0, p.id " + persons + " WHERE p.i % 2 = 0").update();
        System.out.printf(Locale.ROOT, "outbox (%.0f s)%n", (System.nanoTime() - start) / 1e9);
        for (var table : List.of("person", "person_change", "person_change_field", "person_purchase",
                "person_contact", "mail_message")) {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("VACUUM ANALYZE " + table);
            }
        }
        assertThat(count(jdbc, "person")).isGreaterThanOrEqualTo(PERSONS);
        return (System.nanoTime() - start) / 1e9;
    }
}
