package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.BenchDatabase.count;
import static org.custodian.BenchDatabase.isPostgres;
import static org.custodian.BenchDatabase.prewarm;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * CON-1 (issue 8): search and list at a million persons on PostgreSQL, target p95 ≤ 50 ms. Loads fictitious persons
 * with SQL ({@code generate_series}, default 1,000,000, {@code -Dbench.persons=...}; a database that already holds
 * them is kept, so a second run measures at once) with a consent ledger for one person in five, then times through
 * the real facade ({@code Persons.list}: the query, the capped count, the review flags, the audit entry) searches by
 * name fragment, e-mail, phone digits, a text that matches nothing, the first page, page 1000, every sort and every
 * filter, each {@value #RUNS} times after {@value #WARM_UP} warm-up calls, and reports p50/p95/p99. PostgreSQL only
 * (H2 is the embedded default for small files). Run with
 * {@code ./mvnw -B -Ppostgres,bench test -Dtest=PersonSearchBenchmark -Dpg.url=...}; the results are printed and
 * written to target/bench/person-search.md.
 */
@IntegrationTest
@Tag("bench")
@WithMockUser(username = "bench", roles = "SALES")
class PersonSearchBenchmark {

    private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    /** Only the lines whose name contains this text ({@code -Dbench.only=fragment}); every line by default. */
    private static final String ONLY = System.getProperty("bench.only", "");
    private static final int WARM_UP = 30;
    private static final int CHUNK = 100_000;
    private static final String LAST_NAMES = ("Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent "
            + "Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine "
            + "Rousseau Vincent Muller Lefevre Faure Andre Mercier Blanc Guerin Boyer Garnier Chevalier Francois Legrand "
            + "Gauthier Garcia Perrin Robin Clement Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval "
            + "Denis Dumont Marie Lemaire Noel Meyer Dufour Meunier Brun Blanchard Giraud Joly Riviere Lucas Brunet "
            + "Gaillard Barbier Arnaud Martinez Gerard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger "
            + "Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoit Rey Leclerc Payet "
            + "Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis "
            + "Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam Paris Poirier Marty "
            + "Aubry Guyot Carre Charles Renault Charpentier Menard Maillard Baron Bertin Bailly Herve Schneider "
            + "Fernandez Le-Gall Collet Leger Bouvier Julien Prevost Millet Perrot Daniel Le-Roux Cousin Germain Breton "
            + "Besson Langlois Remy Le-Goff Pelletier Leveque Perrier Leblanc Barre Lebrun Marchal Weber Mallet Hamon "
            + "Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Etienne Grondin Poulain Tessier Chevallier "
            + "Collin Chauvin Da-Silva Bouchet Gay Lemaitre Benard Marechal Humbert Reynaud Antoine Hoarau Perret");
    private static final String FIRST_NAMES = ("Marie Jean Pierre Michel Andre Philippe Nathalie Isabelle Sylvie "
            + "Catherine Francoise Jacques Christophe Stephane Patrick Nicolas Christian Daniel Sandrine Alain Valerie "
            + "Laurent Sophie Eric Frederic Celine Thierry Veronique Julien Olivier Christine Sebastien David Julie "
            + "Camille Lea Manon Chloe Emma Ines Sarah Lucas Hugo Louis Gabriel Arthur Jules Adam Raphael Paul Leo "
            + "Claire Anne Helene Aurelie Emilie Caroline Pascal Bruno Gilles Vincent Antoine Alexandre Mathieu Thomas "
            + "Guillaume Romain Maxime Kevin Elodie Audrey Laura Pauline Marine Lucie Anais Mathilde Margaux Clara");
    private static final String COMPANIES = ("Acme Boulangerie-Dupont Transports-Leroy Atelier-Vincent Cabinet-Morel "
            + "Garage-Central Pharmacie-du-Port Imprimerie-Moderne Menuiserie-Blanc Optique-Riviere Fromagerie-Alpine "
            + "Bureau-Conseil Plomberie-Express Librairie-des-Halles Hotel-du-Lac Cave-Saint-Jean");

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    SliceTrigrams sliceTrigrams;

    @Test
    void searchAndListAtAMillionPersons() throws Exception {
        assumeTrue(isPostgres(dataSource), "PostgreSQL only: run with -Ppostgres,bench -Dpg.url=...");
        var loadSeconds = load();
        var summarySeconds = summarise();
        prewarm(jdbc, List.of("person", "consent_record"));
        var report = new StringBuilder()
                .append("Database: ").append(jdbc.sql("SELECT version()").query(String.class).single()).append('\n')
                .append(String.format(Locale.ROOT, "Persons: %,d (loaded in this run: %.0f s); consent records: %,d%n%n",
                        count(jdbc, "person"), loadSeconds, count(jdbc, "consent_record")))
                .append(String.format(Locale.ROOT, "Slices' trigram summary: %,d rows, rebuilt in %.1f s after the load%n%n",
                        count(jdbc, "person_search_trigram"), summarySeconds))
                .append("| what | p50 ms | p95 ms | p99 ms | max ms | rows on the page | total shown |\n")
                .append("|---|---:|---:|---:|---:|---:|---|\n");
        var random = new Random(42);
        var fragments = List.of("mar", "dub", "lefe", "bern", "rous", "gira", "mich", "fontai", "chev", "hoar", "pelle",
                "claire", "jean", "boul", "vass");
        var emails = jdbc.sql("SELECT email FROM person TABLESAMPLE SYSTEM (0.1) WHERE email IS NOT NULL LIMIT 500")
                .query(String.class).list();
        var phones = jdbc.sql("SELECT phone FROM person TABLESAMPLE SYSTEM (0.1) WHERE phone IS NOT NULL LIMIT 500")
                .query(String.class).list();
        var first = PageRequest.of(0, 25);
        measure(report, "search: name fragment (3–6 letters, 15 fragments)",
                i -> search(PersonCriteria.search(fragments.get(i % fragments.size())), first));
        for (var fragment : fragments) {
            measure(report, "search: name fragment \"" + fragment + "\" alone",
                    i -> search(PersonCriteria.search(fragment), first));
        }
        measure(report, "search: two words (\"martin jean\")", i -> search(PersonCriteria.search(i % 2 == 0
                ? "martin jean" : "dubois marie"), first));
        measure(report, "search: e-mail (whole address of a stored person)",
                i -> search(PersonCriteria.search(emails.get(i % emails.size())), first));
        measure(report, "search: e-mail fragment (\"dupont.cl\")", i -> search(PersonCriteria.search("dupont.cl"), first));
        measure(report, "search: phone digits (\"06 12 34\" style, 6 digits of a stored number)",
                i -> search(PersonCriteria.search(phones.get(i % phones.size()).substring(0, 8)), first));
        measure(report, "search: a text that matches nothing",
                i -> search(PersonCriteria.search("zq" + Integer.toString(1000 + random.nextInt(9000), 36) + "xw"), first));
        measure(report, "search: digits that match nothing (\"99 99 99 99\")",
                i -> search(PersonCriteria.search("99 99 99 99"), first));
        measure(report, "list: first page (25, by name)", i -> search(PersonCriteria.ALL, first));
        measure(report, "list: page 1000 (25, by name)", i -> search(PersonCriteria.ALL, PageRequest.of(999, 25)));
        measure(report, "list: page 1000 (100 per page, by name)", i -> search(PersonCriteria.ALL, PageRequest.of(999, 100)));
        for (var column : PersonSort.Column.values()) {
            for (var descending : new boolean[] {false, true}) {
                var sort = new PersonSort(column, descending);
                measure(report, "list: first page sorted by " + sort.parameter(),
                        i -> list(PersonCriteria.ALL, sort, first));
                measure(report, "list: page 1000 sorted by " + sort.parameter(),
                        i -> list(PersonCriteria.ALL, sort, PageRequest.of(999, 25)));
            }
        }
        var filters = new LinkedHashMap<String, PersonCriteria>();
        filters.put("type=CUSTOMER", new PersonCriteria(null, PersonType.CUSTOMER, null, null, null, null, null, null, Map.of()));
        filters.put("type=PROSPECT", new PersonCriteria(null, PersonType.PROSPECT, null, null, null, null, null, null, Map.of()));
        filters.put("audience=PROFESSIONAL", new PersonCriteria(null, null, Audience.PROFESSIONAL, null, null, null, null, null, Map.of()));
        filters.put("audience=CONSUMER", new PersonCriteria(null, null, Audience.CONSUMER, null, null, null, null, null, Map.of()));
        for (var source : PersonSource.values()) {
            filters.put("source=" + source, new PersonCriteria(null, null, null, source, null, null, null, null, Map.of()));
        }
        var today = LocalDate.now(clock);
        filters.put("created in one month", new PersonCriteria(null, null, null, null, today.minusMonths(13), today.minusMonths(12), null, null, Map.of()));
        filters.put("changed in the last 7 days", new PersonCriteria(null, null, null, null, null, null, today.minusDays(7), today, Map.of()));
        for (var channel : List.of("consentEmail", "consentSms", "consentPhone", "consentPost")) {
            for (var value : List.of("given", "refused", "none")) {
                filters.put(channel + "=" + value, new PersonCriteria(null, null, null, null, null, null, null, null, Map.of(channel, value)));
            }
        }
        filters.put("type=CUSTOMER, audience=PROFESSIONAL, consentEmail=given", new PersonCriteria(null, PersonType.CUSTOMER,
                Audience.PROFESSIONAL, null, null, null, null, null, Map.of("consentEmail", "given")));
        filters.put("search \"mar\" + type=PROSPECT + source=FORM", new PersonCriteria("mar", PersonType.PROSPECT, null,
                PersonSource.FORM, null, null, null, null, Map.of()));
        for (var filter : filters.entrySet()) {
            measure(report, "filter: " + filter.getKey() + ", first page", i -> search(filter.getValue(), first));
        }
        measure(report, "filter: type=CUSTOMER, page 1000", i -> search(filters.get("type=CUSTOMER"), PageRequest.of(999, 25)));
        measure(report, "filter: consentEmail=given, sorted by createdAt,desc",
                i -> list(filters.get("consentEmail=given"), PersonSort.parse("createdAt,desc"), first));
        System.out.println(report);
        var out = Path.of("target/bench/person-search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private org.custodian.shared.Page<PersonView> search(PersonCriteria criteria, PageRequest page) {
        return list(criteria, PersonSort.DEFAULT, page);
    }

    private org.custodian.shared.Page<PersonView> list(PersonCriteria criteria, PersonSort sort, PageRequest page) {
        return persons.list(criteria, sort, page, "bench");
    }

    private void measure(StringBuilder report, String what, IntFunction<org.custodian.shared.Page<PersonView>> call) {
        if (!what.contains(ONLY)) {
            return;
        }
        for (var i = 0; i < WARM_UP; i++) {
            call.apply(i);
        }
        var millis = new double[RUNS];
        org.custodian.shared.Page<PersonView> last = null;
        for (var i = 0; i < RUNS; i++) {
            var start = System.nanoTime();
            last = call.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        var line = String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %d | %s%,d |%n", what,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[RUNS - 1],
                last.content().size(), last.totalCapped() ? "more than " : "", last.total());
        System.out.print(line);
        report.append(line);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /**
     * Tops the table up to {@link #PERSONS} fictitious persons (derived search keys as the application writes them:
     * the names are unaccented, so folding is lower-casing), with a consent ledger for one person in five, then
     * refreshes the statistics and the visibility map as autovacuum would.
     */
    /**
     * Rebuilds the slices the load changed, as the scheduled sweep would within seconds, so that every search is
     * measured with the summary up to date; the time is reported (and is nil when the table was already loaded).
     */
    private double summarise() {
        var start = System.nanoTime();
        SliceTrigramsRefreshed.await(sliceTrigrams, jdbc);
        return (System.nanoTime() - start) / 1e9;
    }

    private double load() throws Exception {
        var missing = PERSONS - count(jdbc, "person");
        if (missing <= 0) {
            return 0;
        }
        var start = System.nanoTime();
        var from = count(jdbc, "person") + 1;
        for (long low = from; low < from + missing; low += CHUNK) {
            var high = Math.min(from + missing - 1, low + CHUNK - 1);
            jdbc.sql("""
                    INSERT INTO person (id, internal_code, type, audience, last_name, first_names, email, phone, company,
                        external_ref, phone_digits, search_text, sort_name, email_key, created_at, updated_at, source,
                        collected_at)
                    SELECT id, code, type, audience, ln, fn, email, phone, company, 'BENCH-' || i, phone_digits,
                           lower(ln || ' ' || fn || ' ' || email || COALESCE(' ' || company, '') || ' ' || code),
                           lower(ln || ' ' || fn), lower(email), created, created + (random() * (now() - created)), source,
                           created::date
                    FROM (SELECT i, gen_random_uuid() AS id, 'BCH-' || lpad(i::text, 10, '0') AS code,
                                 CASE WHEN random() < 0.4 THEN 'CUSTOMER' ELSE 'PROSPECT' END AS type,
                                 CASE WHEN random() < 0.25 THEN 'PROFESSIONAL' ELSE 'CONSUMER' END AS audience,
                                 l.names[1 + floor(random() * array_length(l.names, 1))::int] AS ln,
                                 f.names[1 + floor(random() * array_length(f.names, 1))::int] AS fn,
                                 CASE WHEN random() < 0.3 THEN c.names[1 + floor(random() * array_length(c.names, 1))::int] END AS company,
                                 '0' || (6 + (i % 2)) || lpad((floor(random() * 100000000))::bigint::text, 8, '0') AS phone_digits,
                                 now() - random() * interval '5 years' AS created,
                                 (ARRAY['IMPORT','IMPORT','IMPORT','IMPORT','IMPORT','IMPORT','IMPORT','FORM','FORM','STAFF','STAFF','API','SYSTEM'])[1 + (i % 13)] AS source
                          FROM generate_series(?::bigint, ?::bigint) i,
                               (SELECT string_to_array(?, ' ') AS names) l,
                               (SELECT string_to_array(?, ' ') AS names) f,
                               (SELECT string_to_array(?, ' ') AS names) c) g,
                         LATERAL (SELECT lower(fn) || '.' || lower(ln) || '.' || i || '@' ||
                                         (ARRAY['gmail.com','orange.fr','free.fr','laposte.net','outlook.fr'])[1 + (i % 5)] AS email,
                                         substr(phone_digits, 1, 2) || ' ' || substr(phone_digits, 3, 2) || ' ' || substr(phone_digits, 5, 2)
                                         || ' ' || substr(phone_digits, 7, 2) || ' ' || substr(phone_digits, 9, 2) AS phone) d
                    """)
                    .params(low, high, LAST_NAMES, FIRST_NAMES, COMPANIES)
                    .update();
            System.out.printf(Locale.ROOT, "loaded persons up to %,d (%.0f s)%n", high, (System.nanoTime() - start) / 1e9);
        }
        // One person in five has a consent ledger: given on e-mail and SMS for the newsletter, one in three of
        // them withdrawn later on e-mail; one in ten objected to postal prospecting.
        jdbc.sql("""
                INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by, source)
                SELECT gen_random_uuid(), p.id, 'newsletter', ch.channel, 'GIVEN', 'FORM', p.created_at, 'bench', 'bench'
                FROM person p CROSS JOIN (VALUES ('EMAIL'), ('SMS')) ch(channel)
                WHERE p.external_ref LIKE 'BENCH-%' AND substr(p.external_ref, 7)::bigint % 5 = 0
                  AND substr(p.external_ref, 7)::bigint >= ?""").param(from).update();
        jdbc.sql("""
                INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by, source)
                SELECT gen_random_uuid(), p.id, 'newsletter', 'EMAIL', 'WITHDRAWN', 'FORM', p.updated_at, 'bench', 'bench'
                FROM person p WHERE p.external_ref LIKE 'BENCH-%' AND substr(p.external_ref, 7)::bigint % 15 = 0
                  AND substr(p.external_ref, 7)::bigint >= ?""").param(from).update();
        jdbc.sql("""
                INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by, source)
                SELECT gen_random_uuid(), p.id, 'postal-prospecting', 'POST', 'OBJECTED', 'STAFF', p.updated_at, 'bench', 'bench'
                FROM person p WHERE p.external_ref LIKE 'BENCH-%' AND substr(p.external_ref, 7)::bigint % 10 = 3
                  AND substr(p.external_ref, 7)::bigint >= ?""").param(from).update();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE person");
            statement.execute("VACUUM ANALYZE consent_record");
        }
        assertThat(count(jdbc, "person")).isGreaterThanOrEqualTo(PERSONS);
        return (System.nanoTime() - start) / 1e9;
    }
}
