package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.BenchDatabase.count;
import static org.custodian.BenchDatabase.isPostgres;
import static org.custodian.BenchDatabase.prewarm;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.custodian.consent.Channel;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * PRO-2 (issue 9 §2): the eligibility of a whole file on PostgreSQL — 1,000,000 persons (default,
 * {@code -Dbench.persons=...}), 600,000 of them with an e-mail prospecting consent in mixed states (given with proof,
 * imported without proof, withdrawn, objected), pending double opt-ins, purchases of three families with their sale
 * facts, soft opt-in evidence, suppression-list entries, professionals with job titles and sectors, generic company
 * addresses. Loaded with SQL ({@code generate_series}; a database that already holds them is kept, so a second run
 * measures at once). Builds the per-person summary ({@link ProspectSummary}) from scratch, timed. Times
 * {@link CampaignEligibility#preview} (the keys' and the summary's refresh with nothing changed, the counts by rule from
 * the summary, a sample of 10 decided in full, the audit entry) against a hand-written SQL query of the same rules over
 * the tables, and a hand-written query over the summary, in the same run, each {@code bench.runs} times (default 10)
 * after 2 warm-up calls, checks that they count the same, and prints the breakdown by reason. Then changes 10,000
 * persons (ledger records, purchases, edits, suppression entries: 2,500 each), times the refresh that follows and
 * checks the counts again. Run with
 * {@code ./mvnw -B -Ppostgres,bench test -Dtest=EligibilityBenchmark -Dpg.url=...}; the report is printed and written
 * to target/bench/eligibility.md.
 */
@IntegrationTest
@Tag("bench")
@WithMockUser(username = "bench", roles = "MARKETING")
class EligibilityBenchmark {

    private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final int WARM_UP = 2;
    private static final int CHUNK = 100_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final CampaignTerms GARDEN_FOR_BUYERS = new CampaignTerms(Channel.EMAIL, "PROSPECTING", "JARDIN",
            List.of("achats", "acheteur", "restauration collective"));

    @Autowired
    CampaignEligibility eligibility;
    @Autowired
    AudienceEligibility audienceEligibility;
    @Autowired
    ProspectKeys keys;
    @Autowired
    ProspectSummary summary;
    @Autowired
    SuppressionHasher hasher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    @Test
    void eligibilityOfAMillionPersons() throws Exception {
        assumeTrue(isPostgres(dataSource), "PostgreSQL only: run with -Ppostgres,bench -Dpg.url=...");
        var loadSeconds = load();
        var start = System.nanoTime();
        var derived = keys.refresh();
        var keySeconds = (System.nanoTime() - start) / 1e9;
        vacuum("prospect_key");
        // the summary built from scratch, whatever an earlier run left
        jdbc.sql("UPDATE prospect_summary_mark SET refreshed_at = NULL WHERE id = 1").update();
        start = System.nanoTime();
        var built = summary.refresh();
        var buildSeconds = (System.nanoTime() - start) / 1e9;
        vacuum("prospect_summary");
        prewarm(jdbc, List.of("person", "prospect_key", "consent_record", "consent_request", "person_purchase",
                "soft_opt_in", "suppression_entry", "prospect_summary"));
        var audience = AudienceFilter.everyone();

        var hand = handWritten();
        var handOverSummary = handWrittenOverSummary();
        var preview = measure(() -> eligibility.preview(GARDEN_FOR_BUYERS, audience, 10));
        var sql = measure(() -> hand.get());
        var sqlOverSummary = measure(() -> handOverSummary.get());
        var again = measure(() -> eligibility.preview(GARDEN_FOR_BUYERS, audience, 10));

        // where a preview's time goes, part by part
        var keysPart = measure(() -> keys.refresh());
        var summaryPart = measure(() -> summary.refresh());
        var query = audienceEligibility.query(GARDEN_FOR_BUYERS, audience);
        var countsPart = measure(() -> jdbc.sql(query.counts()).params(query.params()).query().listOfRows());
        var batchPart = measure(() -> eligibility.next(GARDEN_FOR_BUYERS, audience,
                new org.custodian.shared.PersonId(UUID.randomUUID()), 200));

        var result = eligibility.preview(GARDEN_FOR_BUYERS, audience, 10);
        sameCounts(result, hand.get());
        sameCounts(result, handOverSummary.get());

        var changed = change(10_000);
        start = System.nanoTime();
        var rekeyed = keys.refresh();
        var keyRefreshSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        var rederived = summary.refresh();
        var refreshSeconds = (System.nanoTime() - start) / 1e9;
        var afterChanges = eligibility.preview(GARDEN_FOR_BUYERS, audience, 10);
        sameCounts(afterChanges, hand.get());
        sameCounts(afterChanges, handOverSummary.get());

        var report = new StringBuilder()
                .append("Database: ").append(jdbc.sql("SELECT version()").query(String.class).single()).append('\n')
                .append(String.format(Locale.ROOT, "Persons: %,d (loaded in this run: %.0f s); prospecting e-mail "
                        + "consents: %,d persons (%,d ledger records); pending double opt-ins: %,d; purchases: %,d; "
                        + "soft opt-in evidence: %,d; suppression entries: %,d%n",
                        count(jdbc, "person"), loadSeconds,
                        jdbc.sql("SELECT COUNT(DISTINCT person_id) FROM consent_record WHERE purpose = 'PROSPECTING'")
                                .query(Long.class).single(),
                        count(jdbc, "consent_record"), count(jdbc, "consent_request"), count(jdbc, "person_purchase"),
                        count(jdbc, "soft_opt_in"), count(jdbc, "suppression_entry")))
                .append(String.format(Locale.ROOT, "Eligibility keys derived in this run: %,d persons in %.1f s%n",
                        derived, keySeconds))
                .append(String.format(Locale.ROOT, "Summary built from scratch: %,d persons in %.1f s%n",
                        built, buildSeconds))
                .append(String.format(Locale.ROOT, "After %,d persons changed: keys refreshed (%,d persons) in %.2f s,"
                        + " summary refreshed (%,d persons) in %.2f s%n%n", changed, rekeyed, keyRefreshSeconds,
                        rederived, refreshSeconds))
                .append("| what | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n")
                .append(line("preview() — keys and summary refresh, counts by rule, sample of 10 decided in full, audit",
                        preview))
                .append(line("hand-written SQL of the same rules over the tables (counts only)", sql))
                .append(line("hand-written SQL of the same rules over prospect_summary (counts only)", sqlOverSummary))
                .append(line("preview() again, after the hand-written SQL", again))
                .append(line("part: keys refresh, nothing changed", keysPart))
                .append(line("part: summary refresh, nothing changed", summaryPart))
                .append(line("part: the counts by rule from the summary (EligibilityQuery)", countsPart))
                .append(line("part: a batch of 200 persons decided by the rule classes (the sample reads one)", batchPart))
                .append(String.format(Locale.ROOT, "%nRatio preview p50 / hand-written over the tables p50: %.2f%n",
                        percentile(preview, 50) / percentile(sql, 50)))
                .append(String.format(Locale.ROOT, "Ratio preview p50 / hand-written over the summary p50: %.2f%n%n",
                        percentile(preview, 50) / percentile(sqlOverSummary, 50)))
                .append("Breakdown for a JARDIN campaign related to «achats, acheteur, restauration collective», "
                        + "whole file:\n\n| outcome / rule | persons |\n|---|---:|\n")
                .append(String.format(Locale.ROOT, "| eligible | %,d |%n| postponed | %,d |%n", result.eligible(),
                        result.postponed()));
        result.excluded().forEach((rule, count) -> report.append(String.format(Locale.ROOT, "| excluded: %s | %,d |%n",
                rule, count)));
        report.append(String.format(Locale.ROOT, "| audience | %,d |%n%nSample:%n", result.audience()));
        result.sample().forEach(recipient -> report.append("- ").append(recipient.decision().outcome()).append(' ')
                .append(recipient.decision().rule()).append(' ').append(recipient.decision().reasonKey()).append('\n'));
        System.out.println(report);
        var out = Path.of("target/bench/eligibility.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * The same rules as a person would write them by hand for this campaign: the current consent by
     * {@code DISTINCT ON}, the pending double opt-in, the purchases and soft opt-in evidence aggregated, the suppression
     * entries joined through the persons' hashes, one {@code CASE} in the legal order, counted by outcome and rule.
     */
    private Supplier<Map<String, Long>> handWritten() {
        var sql = """
                WITH consent AS (
                  SELECT DISTINCT ON (person_id) person_id, event, proof, recorded_at FROM consent_record
                  WHERE purpose = 'PROSPECTING' AND channel = 'EMAIL' ORDER BY person_id, seq DESC),
                bought AS (
                  SELECT person_id, MAX(GREATEST(purchased_on, COALESCE(warranty_end, purchased_on),
                           COALESCE(contract_end, purchased_on))) AS last_day,
                         bool_or(lower(product_family) = 'jardin') AS garden,
                         bool_or(email_collected_at_sale AND opposition_offered AND NOT opposed) AS good,
                         bool_or(opposition_offered) AS offered
                  FROM person_purchase GROUP BY person_id),
                evidence AS (
                  SELECT DISTINCT ON (person_id) person_id, opposition_offered, opposed FROM soft_opt_in
                  WHERE channel = 'EMAIL' ORDER BY person_id, seq DESC),
                suppressed AS (
                  SELECT person_id, MAX(at) AS at FROM (
                    SELECT k.person_id, e.recorded_at AS at FROM suppression_entry e
                    JOIN prospect_key k ON k.email_hash = e.value_hash
                    WHERE e.kind = 'EMAIL' AND e.channel IN ('ALL', 'EMAIL')
                    UNION ALL
                    SELECT k.person_id, e.recorded_at FROM suppression_entry e
                    JOIN prospect_key k ON k.phone_hash = e.value_hash
                    WHERE e.kind = 'PHONE' AND e.channel IN ('ALL', 'EMAIL')) h GROUP BY person_id)
                SELECT CASE
                  WHEN c.event IN ('WITHDRAWN', 'OBJECTED') AND (r.requested_at IS NULL OR r.requested_at <= c.recorded_at)
                    THEN 'OPPOSITION'
                  WHEN s.at IS NOT NULL AND NOT COALESCE(c.event = 'GIVEN' AND c.proof <> 'IMPORT_WITHOUT_PROOF'
                    AND c.recorded_at > s.at, FALSE) THEN 'SUPPRESSION_LIST'
                  WHEN (CASE WHEN p.type = 'CUSTOMER' AND b.person_id IS NOT NULL THEN b.last_day <= :last_day
                        ELSE p.created_at < :collected_before END)
                    AND (p.last_contact_at IS NULL OR p.last_contact_at <= :last_day) THEN 'RETENTION'
                  WHEN p.email IS NULL OR trim(p.email) = '' THEN 'NO_ADDRESS'
                  WHEN p.audience = 'PROFESSIONAL' AND (p.generic_address
                    OR split_part(p.email_key, '@', 1) IN (SELECT local_part FROM generic_address_part)) THEN 'ELIGIBLE'
                  WHEN c.event = 'GIVEN' AND c.proof <> 'IMPORT_WITHOUT_PROOF' THEN 'ELIGIBLE'
                  WHEN p.type = 'CUSTOMER' AND b.garden AND (b.good OR (v.opposition_offered AND NOT v.opposed))
                    THEN 'ELIGIBLE'
                  WHEN p.audience = 'PROFESSIONAL' THEN CASE WHEN (k.profession_words LIKE '% achat %'
                      OR k.profession_words LIKE '% acheteur %'
                      OR (k.profession_words LIKE '% restauration %' AND k.profession_words LIKE '% collective %'))
                    AND (p.source = 'FORM' OR b.offered OR v.opposition_offered) THEN 'ELIGIBLE'
                    ELSE 'PROFESSIONAL_RELEVANCE' END
                  WHEN b.person_id IS NOT NULL OR v.person_id IS NOT NULL THEN 'SOFT_OPT_IN'
                  ELSE 'CONSENT' END AS decision, COUNT(*) AS persons
                FROM person p
                LEFT JOIN prospect_key k ON k.person_id = p.id
                LEFT JOIN consent c ON c.person_id = p.id
                LEFT JOIN consent_request r ON r.person_id = p.id AND r.purpose = 'PROSPECTING' AND r.channel = 'EMAIL'
                  AND r.expires_at > :now
                LEFT JOIN bought b ON b.person_id = p.id
                LEFT JOIN evidence v ON v.person_id = p.id
                LEFT JOIN suppressed s ON s.person_id = p.id
                WHERE p.erasure_requested_at IS NULL
                GROUP BY 1""";
        return countsBy(sql);
    }

    /**
     * A hand-written query's counts by decision, its dates those of the preview: the end of the 3 years in the
     * organisation's time zone, and now for a pending double opt-in's expiry.
     */
    private Supplier<Map<String, Long>> countsBy(String sql) {
        var now = clock.instant();
        var lastDay = EligibilityQuery.lastExpiredDay(LocalDate.now(clock.withZone(PARIS)), Period.ofYears(3));
        var collectedBefore = Timestamp.from(lastDay.plusDays(1).atStartOfDay(PARIS).toInstant());
        return () -> {
            var counts = new TreeMap<String, Long>();
            jdbc.sql(sql).param("last_day", lastDay).param("collected_before", collectedBefore)
                    .param("now", Timestamp.from(now))
                    .query(rs -> {
                        counts.put(rs.getString("decision"), rs.getLong("persons"));
                    });
            return counts;
        };
    }

    private static void sameCounts(CampaignEligibility.EligibilityPreview result, Map<String, Long> reference) {
        assertThat(result.eligible()).isEqualTo(reference.getOrDefault("ELIGIBLE", 0L));
        result.excluded().forEach((rule, count) -> assertThat(reference.get(rule.name())).as(rule.name())
                .isEqualTo(count));
    }

    /**
     * The same rules by hand over {@code prospect_summary}: what the preview's own query costs once the facts are
     * one row per person.
     */
    private Supplier<Map<String, Long>> handWrittenOverSummary() {
        var sql = """
                SELECT CASE
                  WHEN s.consent_status IN ('WITHDRAWN', 'OBJECTED') AND (s.pending_at IS NULL
                    OR s.pending_expires_at <= :now OR s.pending_at <= s.consent_at) THEN 'OPPOSITION'
                  WHEN s.suppressed_at IS NOT NULL AND NOT COALESCE(s.consent_status = 'ACTIVE'
                    AND s.consent_at > s.suppressed_at, FALSE) THEN 'SUPPRESSION_LIST'
                  WHEN (CASE WHEN s.type = 'CUSTOMER' AND s.bought IS NOT NULL THEN s.last_day <= :last_day
                        ELSE s.created_at < :collected_before END)
                    AND (s.last_contact_at IS NULL OR s.last_contact_at <= :last_day) THEN 'RETENTION'
                  WHEN s.has_address = 0 THEN 'NO_ADDRESS'
                  WHEN s.audience = 'PROFESSIONAL' AND (s.generic_address
                    OR s.email_local IN (SELECT local_part FROM generic_address_part)) THEN 'ELIGIBLE'
                  WHEN s.consent_status = 'ACTIVE' THEN 'ELIGIBLE'
                  WHEN s.type = 'CUSTOMER' AND s.families LIKE '%|jardin|%'
                    AND (s.good_sale = 1 OR (s.so_offered AND NOT s.so_opposed)) THEN 'ELIGIBLE'
                  WHEN s.audience = 'PROFESSIONAL' THEN CASE WHEN (s.profession_words LIKE '% achat %'
                      OR s.profession_words LIKE '% acheteur %'
                      OR (s.profession_words LIKE '% restauration %' AND s.profession_words LIKE '% collective %'))
                    AND (s.source = 'FORM' OR s.offered_sale = 1 OR s.so_offered) THEN 'ELIGIBLE'
                    ELSE 'PROFESSIONAL_RELEVANCE' END
                  WHEN s.bought IS NOT NULL OR s.evidenced IS NOT NULL THEN 'SOFT_OPT_IN'
                  ELSE 'CONSENT' END AS decision, COUNT(*) AS persons
                FROM prospect_summary s
                GROUP BY 1""";
        return countsBy(sql);
    }

    /**
     * Changes {@code persons} persons of the file as the application would, stamped by its clock, a quarter in each
     * source: a withdrawal appended to the ledger, a purchase of the campaign's family, an edit of the job title and
     * last contact, a suppression entry of the address.
     *
     * @return how many persons were changed
     */
    private int change(int persons) {
        var at = Timestamp.from(clock.instant());
        var quarter = persons / 4;
        var picked = "SELECT id, email, substr(external_ref, 5)::bigint AS i FROM person WHERE external_ref LIKE 'ELB-%'"
                + " AND erasure_requested_at IS NULL ORDER BY id LIMIT " + quarter + " OFFSET ";
        // somewhere else in the file at each run, so that a later run's entries do not fall on an earlier run's
        var offset = (int) (clock.instant().getEpochSecond() * 7919 % (PERSONS - persons));
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                + " source) SELECT gen_random_uuid(), p.id, 'PROSPECTING', 'EMAIL', 'WITHDRAWN', 'FORM', ?, 'bench',"
                + " 'bench' FROM (" + picked + offset + ") p").param(at).update();
        jdbc.sql("INSERT INTO person_purchase (id, person_id, purchased_on, product_family, warranty_end, contract_end,"
                + " email_collected_at_sale, opposition_offered, opposed, recorded_at, recorded_by)"
                + " SELECT gen_random_uuid(), p.id, ?::date, 'JARDIN', NULL, NULL, TRUE, TRUE, FALSE, ?, 'bench'"
                + " FROM (" + picked + (offset + quarter) + ") p").params(at, at).update();
        jdbc.sql("UPDATE person SET job_title = 'Acheteur', last_contact_at = ?::date, updated_at = ?"
                + " WHERE id IN (SELECT id FROM (" + picked + (offset + 2 * quarter) + ") p)").params(at, at).update();
        var entries = new ArrayList<Object[]>();
        jdbc.sql(picked + (offset + 3 * quarter)).query(rs -> {
            var hash = hasher.email(rs.getString("email"));
            if (hash != null) {
                entries.add(new Object[] {UUID.randomUUID(), hash, at, at});
            }
        });
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate("INSERT INTO suppression_entry (id, kind,"
                + " value_hash, channel, source, first_recorded_at, recorded_at, recorded_by) VALUES (?, 'EMAIL', ?,"
                + " 'ALL', 'STAFF', ?, ?, 'bench') ON CONFLICT DO NOTHING", entries);
        return 4 * quarter;
    }

    private static double[] measure(Supplier<?> call) {
        for (var i = 0; i < WARM_UP; i++) {
            call.get();
        }
        var millis = new double[RUNS];
        for (var i = 0; i < RUNS; i++) {
            var start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static String line(String what, double[] millis) {
        var line = String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", what, percentile(millis, 50),
                percentile(millis, 95), millis[millis.length - 1]);
        System.out.print(line);
        return line;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /**
     * Tops the file up to {@link #PERSONS} fictitious persons with everything eligibility reads, then refreshes the
     * statistics and the visibility map as autovacuum would.
     */
    private double load() throws Exception {
        var from = count(jdbc, "person") + 1;
        var missing = PERSONS - from + 1;
        var start = System.nanoTime();
        for (var family : List.of("JARDIN", "LITERIE", "CUISINE")) {
            jdbc.sql("INSERT INTO product_family (code, name, created_at, updated_at) VALUES (?, ?, now(), now())"
                    + " ON CONFLICT DO NOTHING").params(family, family.toLowerCase(Locale.ROOT)).update();
        }
        jdbc.sql("INSERT INTO consent_text (hash, text, first_seen_at) VALUES ('bench', 'J''accepte', now())"
                + " ON CONFLICT DO NOTHING").update();
        for (long low = from; low < from + missing; low += CHUNK) {
            var high = Math.min(from + missing - 1, low + CHUNK - 1);
            // persons: 40 % customers, 25 % professionals (job titles and sectors, 3 % generic addresses), 2 % without
            // an address, a postcode in the address, created over 5 years, a last contact for one in five
            jdbc.sql("""
                    INSERT INTO person (id, internal_code, type, audience, last_name, first_names, email, email_key,
                        phone, address, job_title, sector, generic_address, search_text, sort_name, created_at, updated_at,
                        source, last_contact_at, external_ref, collected_at)
                    SELECT gen_random_uuid(), 'ELB-' || lpad(i::text, 10, '0'), type, audience, 'Bench', 'Personne',
                           email, lower(email), '06' || lpad((i * 7919 % 100000000)::text, 8, '0'),
                           (i % 97 + 1) || ' rue du Banc, ' || lpad(((i * 37) % 95000 + 1000)::text, 5, '0') || ' Ville',
                           CASE WHEN audience = 'PROFESSIONAL' THEN (ARRAY['Responsable des achats', 'Acheteur',
                             'Chef de cuisine', 'Directeur commercial', 'Développeur', 'Comptable'])[1 + i % 6] END,
                           CASE WHEN audience = 'PROFESSIONAL' THEN (ARRAY['Restauration collective', 'Informatique',
                             'Bâtiment', 'Commerce'])[1 + i % 4] END,
                           i % 101 = 0, 'bench personne', 'bench personne', created, created, source,
                           CASE WHEN i % 5 = 0 THEN (created + random() * (now() - created))::date END, 'ELB-' || i,
                           created::date
                    FROM (SELECT i,
                                 CASE WHEN i % 5 < 2 THEN 'CUSTOMER' ELSE 'PROSPECT' END AS type,
                                 CASE WHEN i % 4 = 1 THEN 'PROFESSIONAL' ELSE 'CONSUMER' END AS audience,
                                 CASE WHEN i % 50 = 7 THEN NULL
                                      WHEN i % 4 = 1 AND i % 33 = 0 THEN 'contact@societe' || i || '.example'
                                      ELSE 'personne.' || i || '@example.org' END AS email,
                                 now() - random() * interval '5 years' AS created,
                                 (ARRAY['IMPORT', 'IMPORT', 'FORM', 'FORM', 'STAFF', 'API'])[1 + i % 6] AS source
                          FROM generate_series(?::bigint, ?::bigint) i) g
                    """).params(low, high).update();
            System.out.printf(Locale.ROOT, "loaded persons up to %,d (%.0f s)%n", high, (System.nanoTime() - start) / 1e9);
        }
        if (count(jdbc, "person_purchase") > 0) {
            return missing > 0 ? (System.nanoTime() - start) / 1e9 : 0;
        }
        // each step below runs once, over every person (a run interrupted after the persons resumes here)
        var persons = "FROM (SELECT id, created_at, substr(external_ref, 5)::bigint AS i FROM person"
                + " WHERE external_ref LIKE 'ELB-%') p WHERE p.i >= 1";
        jdbc.sql("DELETE FROM consent_record").update();
        jdbc.sql("DELETE FROM consent_request").update();
        jdbc.sql("DELETE FROM soft_opt_in").update();
        jdbc.sql("DELETE FROM suppression_entry").update();
        // 600,000 persons in 1,000,000 with a prospecting e-mail consent: given with proof, 1 in 10 imported without
        // proof; then 1 in 12 withdrawn and 1 in 30 objected later
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                + " source) SELECT gen_random_uuid(), p.id, 'PROSPECTING', 'EMAIL', 'GIVEN', CASE WHEN p.i % 10 = 3"
                + " THEN 'IMPORT_WITHOUT_PROOF' ELSE 'FORM' END, p.created_at, 'bench', 'bench' " + persons
                + " AND p.i % 5 IN (0, 1, 3)").update();
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                + " source) SELECT gen_random_uuid(), p.id, 'PROSPECTING', 'EMAIL', CASE WHEN p.i % 30 = 0 THEN"
                + " 'OBJECTED' ELSE 'WITHDRAWN' END, 'FORM', p.created_at + interval '10 days', 'bench', 'bench' "
                + persons + " AND p.i % 5 IN (0, 1, 3) AND (p.i % 12 = 0 OR p.i % 30 = 0)").update();
        jdbc.sql("INSERT INTO consent_request (id, token_hash, person_id, purpose, channel, proof, source, text_hash,"
                + " requested_at, requested_by, expires_at) SELECT gen_random_uuid(), md5(p.id::text), p.id,"
                + " 'PROSPECTING', 'EMAIL', 'FORM', 'bench', 'bench', now() - interval '1 day', 'bench',"
                + " now() + interval '6 days' " + persons + " AND p.i % 50 = 2").update();
        // purchases: customers, one or two, three families; the sale's facts of the soft opt-in
        jdbc.sql("INSERT INTO person_purchase (id, person_id, purchased_on, product_family, warranty_end, contract_end,"
                + " email_collected_at_sale, opposition_offered, opposed, recorded_at, recorded_by)"
                + " SELECT gen_random_uuid(), p.id, (p.created_at + n * interval '40 days')::date,"
                + " (ARRAY['JARDIN', 'LITERIE', 'CUISINE'])[1 + (p.i + n) % 3],"
                + " CASE WHEN p.i % 4 = 0 THEN (p.created_at + interval '2 years')::date END, NULL,"
                + " p.i % 3 <> 0, p.i % 7 <> 0, p.i % 11 = 0, p.created_at, 'bench'"
                + " FROM (SELECT id, created_at, substr(external_ref, 5)::bigint AS i FROM person"
                + " WHERE external_ref LIKE 'ELB-%') p, LATERAL generate_series(0, (p.i % 2)::int) n"
                + " WHERE p.i % 5 < 2").update();
        jdbc.sql("INSERT INTO soft_opt_in (id, person_id, channel, sale_reference, collected_on, opposition_offered,"
                + " opposed, proof, recorded_at, recorded_by, source) SELECT gen_random_uuid(), p.id, 'EMAIL',"
                + " 'CMD-' || p.i, p.created_at::date, p.i % 9 <> 0, p.i % 13 = 0, 'STAFF', p.created_at, 'bench',"
                + " 'bench' " + persons + " AND p.i % 10 = 4").update();
        // suppression entries: 1 in 50 addresses (some with a later consent, which lifts them), 1 in 500 phones
        var suppressed = new ArrayList<Object[]>();
        jdbc.sql("SELECT p.email, p.phone, p.i, p.created_at FROM (SELECT email, phone, created_at,"
                        + " substr(external_ref, 5)::bigint AS i FROM person WHERE external_ref LIKE 'ELB-%') p"
                        + " WHERE p.i % 50 = 11 OR p.i % 500 = 13")
                .query(rs -> {
                    var i = rs.getLong("i");
                    var email = i % 50 == 11;
                    var hash = email ? hasher.email(rs.getString("email")) : hasher.phone(rs.getString("phone"));
                    if (hash != null) {
                        var at = Timestamp.from(rs.getTimestamp("created_at").toInstant().plusSeconds(86400L * 5 - i % 2 * 86400L * 10));
                        suppressed.add(new Object[] {UUID.randomUUID(), email ? "EMAIL" : "PHONE", hash,
                                i % 3 == 0 ? "EMAIL" : "ALL", at, at});
                    }
                });
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate("INSERT INTO suppression_entry (id, kind,"
                + " value_hash, channel, source, first_recorded_at, recorded_at, recorded_by) VALUES (?, ?, ?, ?,"
                + " 'IMPORT', ?, ?, 'bench') ON CONFLICT DO NOTHING", suppressed);
        for (var table : List.of("person", "consent_record", "consent_request", "person_purchase", "soft_opt_in",
                "suppression_entry")) {
            vacuum(table);
        }
        assertThat(count(jdbc, "person")).isGreaterThanOrEqualTo(PERSONS);
        return (System.nanoTime() - start) / 1e9;
    }

    private void vacuum(String table) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE " + table);
        }
    }
}
