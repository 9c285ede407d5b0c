package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentFacts;
import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PRO-2, PRO-3, PRO-6, PRO-8 — the SQL of a preview ({@link EligibilityQuery}, over the tables and over the per-person
 * summary {@link ProspectSummary}) and the rules ({@link EligibilityRules}) over the facts read for one person
 * ({@link ProspectFactsReader}) give every person the same outcome and rule. Many
 * persons with random facts cover every rule and its edges: consent states and pending double opt-ins over them,
 * good and bad soft opt-in evidence, purchases of several families, generic addresses listed or flagged, professions
 * matching or not, collection, purchase and contact days around the 3-year limit (at the day's edges in Paris),
 * suppression by address or phone before and after a consent, restrictions of processing. Runs on H2 here and on PostgreSQL with
 * {@code -Ppostgres}.
 */
@IntegrationTest
class EligibilityQueryAgreementIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> JOBS = List.of("Responsable des Achats", "Acheteuse", "Chef de cuisine",
            "Directeur commercial", "Développeur", "ACHATS", "Gérante", "responsable achat");
    private static final List<String> SECTORS = List.of("Restauration collective", "Informatique", "Bâtiment",
            "restaurations collectives");
    private static final List<String> POSTCODES = List.of("75011", "69003", "20090", "20200", "97400", "13001", "2 A");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SuppressionHasher hasher;
    @Autowired
    AudienceEligibility eligibility;
    @Autowired
    ProspectKeys keys;
    @Autowired
    ProspectSummary summary;
    @Autowired
    EligibilityRules rules;
    @Autowired
    MutableClock clock;
    @Autowired
    ConsentFacts consentFacts;

    @Autowired
    Persons persons;

    private ProspectRows rows;
    /** Draws the days of collection apart, so that the persons' other facts stay those of each test's seed. */
    private final Random collecting = new Random(20261204L);

    @BeforeEach
    void rows() {
        rows = new ProspectRows(jdbc, hasher);
    }

    @Test
    @DisplayName("PRO-2 PRO-3 PRO-6 PRO-8 the preview's SQL and the rules agree on every person, rule by rule; the consent read is the ledger's")
    void sqlAndRulesAgree() {
        var random = new Random(20261202L);
        // drawn apart, so that the persons' own facts stay those of the seed above
        var restricting = new Random(20261203L);
        var mine = new HashSet<UUID>();
        var erased = new HashSet<UUID>();
        for (var i = 0; i < 700; i++) {
            var id = randomPerson(random, i);
            if (random.nextInt(40) == 0) {
                jdbc.sql("UPDATE person SET erasure_requested_at = ? WHERE id = ?")
                        .params(java.sql.Timestamp.from(clock.instant()), id).update();
                erased.add(id);
            } else {
                mine.add(id);
                if (restricting.nextInt(30) == 0) {
                    rows.restricted(id, clock.instant().minus(Duration.ofDays(restricting.nextInt(400))));
                }
            }
        }
        var campaigns = List.of(
                new CampaignTerms(Channel.EMAIL, "PROSPECTING", "JARDIN", List.of("achats", "restauration collective")),
                new CampaignTerms(Channel.EMAIL, "PROSPECTING", " jardin ", List.of("acheteuse", "chef", "de")),
                new CampaignTerms(Channel.EMAIL, "PROSPECTING", null, List.of()));
        var seen = new HashSet<EligibilityRule>();
        for (var terms : campaigns) {
            var decisions = sqlDecisions(terms, AudienceFilter.everyone(), mine, erased);
            assertThat(decisions.keySet()).containsExactlyInAnyOrderElementsOf(mine);
            var today = LocalDate.now(clock.withZone(PARIS));
            var facts = new ProspectFactsReader(jdbc, keys, Duration.ofDays(30), PARIS).of(terms, mine, clock.instant());
            assertThat(facts).hasSize(mine.size());
            for (var fact : facts) {
                var decision = rules.decide(fact, terms, today);
                var code = decisions.get(fact.personId().value());
                assertThat(EligibilityQuery.outcome(code) + ":" + EligibilityQuery.rule(code))
                        .as("person %s with %s", fact.personId(), fact)
                        .isEqualTo(decision.outcome() + ":" + decision.rule());
                seen.add(decision.rule());
            }
        }
        var ledger = new HashMap<UUID, org.custodian.consent.ConsentFact>();
        consentFacts.forPersons(mine).stream()
                .filter(fact -> fact.purpose().equals("PROSPECTING") && fact.channel() == Channel.EMAIL)
                .forEach(fact -> ledger.put(fact.personId(), fact));
        for (var fact : new ProspectFactsReader(jdbc, keys, Duration.ofDays(30), PARIS).of(campaigns.get(0), mine, clock.instant())) {
            var consent = fact.consent();
            var recorded = ledger.get(fact.personId().value());
            if (consent == null) {
                assertThat(recorded).isNull();
            } else if (consent.status() != ConsentStatus.PENDING_CONFIRMATION) {
                assertThat(consent.status()).isEqualTo(recorded.status());
                assertThat(consent.id()).isEqualTo(recorded.recordId());
            }
        }
        assertThat(seen).contains(EligibilityRule.OPPOSITION, EligibilityRule.SUPPRESSION_LIST, EligibilityRule.RESTRICTION,
                EligibilityRule.RETENTION, EligibilityRule.NO_ADDRESS, EligibilityRule.GENERIC_ADDRESS,
                EligibilityRule.CONSENT, EligibilityRule.SOFT_OPT_IN, EligibilityRule.PROFESSIONAL_RELEVANCE,
                EligibilityRule.FREQUENCY_CAP);
    }

    @Test
    @DisplayName("RET-1 PRO-6 a prospect entered today but collected 3 years and a day ago is excluded by RETENTION, in SQL and in the rules; one collected a day less long ago is not")
    void collectionDayStartsTheThreeYears() {
        var today = LocalDate.now(clock.withZone(PARIS));
        var expired = persons.create(collected("expired", today.minusYears(3).minusDays(1))).id().value();
        var kept = persons.create(collected("kept", today.minusYears(3).plusDays(1))).id().value();
        var terms = new CampaignTerms(Channel.EMAIL, "PROSPECTING", null, List.of());
        var ids = Set.of(expired, kept);

        var decisions = sqlDecisions(terms, AudienceFilter.everyone(), ids, Set.of());

        assertThat(decisions.get(expired)).isEqualTo("EXCLUDED:RETENTION");
        assertThat(EligibilityQuery.rule(decisions.get(kept))).isNotEqualTo(EligibilityRule.RETENTION);
        for (var fact : new ProspectFactsReader(jdbc, keys, Duration.ofDays(30), PARIS).of(terms, ids, clock.instant())) {
            var decision = rules.decide(fact, terms, today);
            assertThat(decision.rule() == EligibilityRule.RETENTION).as("person %s", fact)
                    .isEqualTo(fact.personId().value().equals(expired));
            assertThat(decisions.get(fact.personId().value())).isEqualTo(decision.outcome() + ":" + decision.rule());
        }
    }

    /** A prospect of the file, through the contacts facade, collected on {@code day}. */
    private PersonData collected(String name, LocalDate day) {
        return new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Collecte", name,
                name + "." + UUID.randomUUID() + "@example.org", null, null, null, null, null, null, null, null)
                .withDates(day, null);
    }

    @Test
    @DisplayName("PRO-2 CON-4 the audience filters select in SQL what they say: type, audience, family bought, postcode or department, dates")
    void audienceFiltersSelectWhatTheySay() {
        var today = LocalDate.now(clock.withZone(PARIS));
        var corsican = rows.person("CUSTOMER", "CONSUMER", "a" + UUID.randomUUID() + "@example.org", null,
                "3 cours Napoléon, 20090 Ajaccio", null, null, false, "FORM", clock.instant(), null);
        var bastia = rows.person("CUSTOMER", "CONSUMER", "b" + UUID.randomUUID() + "@example.org", null,
                "Bastia 20200", null, null, false, "FORM", clock.instant(), null);
        var reunion = rows.person("PROSPECT", "PROFESSIONAL", "c" + UUID.randomUUID() + "@example.org", null,
                "12 rue de Paris 97400 Saint-Denis", null, null, false, "FORM", clock.instant(), today.minusDays(3));
        rows.purchase(corsican, today.minusDays(10), "LITERIE", null, null, true, true, false, clock.instant());
        var ids = Set.of(corsican, bastia, reunion);
        var terms = new CampaignTerms(Channel.EMAIL, "PROSPECTING", "JARDIN", List.of());

        assertThat(sqlDecisions(terms, filter(null, null, null, List.of("2a"), null), ids, Set.of()).keySet())
                .containsExactly(corsican);
        assertThat(sqlDecisions(terms, filter(null, null, null, List.of("20"), null), ids, Set.of()).keySet())
                .containsExactlyInAnyOrder(corsican, bastia);
        assertThat(sqlDecisions(terms, filter(null, null, null, List.of("974", "2B"), null), ids, Set.of()).keySet())
                .containsExactlyInAnyOrder(reunion, bastia);
        assertThat(sqlDecisions(terms, filter(Set.of(org.custodian.contacts.PersonType.PROSPECT), null, null,
                List.of(), null), ids, Set.of()).keySet()).containsExactly(reunion);
        assertThat(sqlDecisions(terms, filter(null, Set.of(org.custodian.contacts.Audience.CONSUMER), Set.of("LITERIE"),
                List.of(), null), ids, Set.of()).keySet()).containsExactly(corsican);
        assertThat(sqlDecisions(terms, filter(null, null, null, List.of(), today.minusDays(5)), ids, Set.of()).keySet())
                .containsExactly(reunion);
    }

    private static AudienceFilter filter(Set<org.custodian.contacts.PersonType> types,
            Set<org.custodian.contacts.Audience> audiences, Set<String> families, List<String> postcodes,
            LocalDate lastContactFrom) {
        return new AudienceFilter(types, audiences, families, postcodes, null, null, lastContactFrom, null);
    }

    /**
     * The SQL's decision of each of {@code ids} in the audience, read from the ledger and from the per-person summary,
     * which must agree.
     */
    private Map<UUID, String> sqlDecisions(CampaignTerms terms, AudienceFilter audience, Set<UUID> ids,
            Set<UUID> erased) {
        keys.refresh();
        keys.deriveMissing();
        summary.refresh();
        var fromLedger = sqlDecisions(EligibilityQuery.Source.LEDGER, terms, audience, ids, erased);
        var fromSummary = sqlDecisions(EligibilityQuery.Source.SUMMARY, terms, audience, ids, erased);
        assertThat(fromSummary).as("the summary's decisions").isEqualTo(fromLedger);
        return fromSummary;
    }

    private Map<UUID, String> sqlDecisions(EligibilityQuery.Source source, CampaignTerms terms,
            AudienceFilter audience, Set<UUID> ids, Set<UUID> erased) {
        var query = eligibility.query(source, terms, audience);
        var params = new HashMap<>(query.params());
        var all = new ArrayList<UUID>(ids);
        all.addAll(erased);
        params.put("mine", all);
        var decisions = new HashMap<UUID, String>();
        jdbc.sql("SELECT z.person_id, z.decision FROM (" + query.decisions() + ") z WHERE z.person_id IN (:mine)")
                .params(params)
                .query(rs -> {
                    decisions.put(rs.getObject("person_id", UUID.class), rs.getString("decision"));
                });
        return decisions;
    }

    /** A person with random facts, many of them on the edges of a rule. */
    private UUID randomPerson(Random random, int i) {
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(PARIS));
        var limit = EligibilityQuery.lastExpiredDay(today, java.time.Period.ofYears(3));
        var type = random.nextBoolean() ? "CUSTOMER" : "PROSPECT";
        var audience = random.nextInt(5) < 2 ? "PROFESSIONAL" : "CONSUMER";
        String email = switch (random.nextInt(14)) {
            case 0 -> null;
            case 1 -> "  ";
            case 2 -> "Contact@firm" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + ".example";
            case 3 -> "info@firm" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + ".example";
            default -> (random.nextBoolean() ? "P" : "p") + i + "." + UUID.randomUUID().toString().substring(0, 8)
                    + "@Example.org";
        };
        var phone = random.nextBoolean() ? "+33 6 " + String.format("%08d", random.nextInt(100_000_000)) : null;
        var address = random.nextInt(3) == 0 ? null
                : (random.nextInt(40) + 1) + " rue du Test, " + POSTCODES.get(random.nextInt(POSTCODES.size()));
        var job = random.nextInt(4) == 0 ? null : JOBS.get(random.nextInt(JOBS.size()));
        var sector = random.nextInt(3) == 0 ? null : SECTORS.get(random.nextInt(SECTORS.size()));
        var source = List.of("FORM", "IMPORT", "STAFF", "API").get(random.nextInt(4));
        Instant created = switch (random.nextInt(6)) {
            // around midnight in Paris at the 3-year limit
            case 0 -> limit.atStartOfDay(PARIS).toInstant().minus(Duration.ofMinutes(30));
            case 1 -> limit.plusDays(1).atStartOfDay(PARIS).toInstant().minus(Duration.ofMinutes(1));
            case 2 -> limit.plusDays(1).atStartOfDay(PARIS).toInstant().plus(Duration.ofMinutes(1));
            default -> now.minus(Duration.ofDays(random.nextInt(5 * 365)));
        };
        LocalDate lastContact = switch (random.nextInt(6)) {
            case 0 -> limit;
            case 1 -> limit.plusDays(1);
            case 2 -> today.minusDays(random.nextInt(5 * 365));
            default -> null;
        };
        // RET-1: the day of collection, drawn apart from the row's creation (a person taken over from an old file)
        LocalDate collected = switch (collecting.nextInt(5)) {
            case 0 -> limit;
            case 1 -> limit.plusDays(1);
            case 2 -> limit.minusDays(1);
            default -> LocalDate.ofInstant(created, PARIS);
        };
        var person = rows.person(type, audience, email, phone, address, job, sector, random.nextInt(8) == 0, source,
                created, collected, lastContact);
        var purchases = new ArrayList<UUID>();
        if (random.nextInt(5) < 2) {
            for (var p = 0; p <= random.nextInt(3); p++) {
                var on = random.nextInt(4) == 0 ? limit.plusDays(random.nextInt(3) - 1)
                        : today.minusDays(random.nextInt(5 * 365));
                var warranty = random.nextInt(4) == 0 ? limit.plusDays(random.nextInt(3)) : null;
                var contract = random.nextInt(6) == 0 ? today.plusDays(random.nextInt(400) - 200) : null;
                var family = ProspectRows.FAMILIES.split(" ")[random.nextInt(3)];
                purchases.add(rows.purchase(person, on, family, warranty, contract, random.nextInt(4) > 0,
                        random.nextInt(4) > 0, random.nextInt(5) == 0, now.minus(Duration.ofDays(random.nextInt(900)))));
            }
        }
        if (random.nextInt(5) == 0) {
            for (var s = 0; s <= random.nextInt(2); s++) {
                var purchase = purchases.isEmpty() || random.nextBoolean() ? null
                        : purchases.get(random.nextInt(purchases.size()));
                rows.softOptIn(person, purchase, random.nextInt(4) > 0, random.nextInt(4) == 0,
                        now.minus(Duration.ofDays(random.nextInt(900))));
            }
        }
        Instant consentAt = null;
        if (random.nextInt(10) < 6) {
            for (var c = 0; c <= random.nextInt(3); c++) {
                var event = List.of("GIVEN", "GIVEN", "WITHDRAWN", "OBJECTED").get(random.nextInt(4));
                var proof = random.nextInt(5) == 0 ? "IMPORT_WITHOUT_PROOF" : "FORM";
                consentAt = now.minus(Duration.ofDays(random.nextInt(700))).minus(Duration.ofMinutes(random.nextInt(600)));
                rows.consent(person, "PROSPECTING", event, proof, consentAt);
            }
        }
        if (random.nextInt(20) == 0) {
            rows.consent(person, "newsletter", "GIVEN", "FORM", now.minus(Duration.ofDays(3)));
        }
        if (random.nextInt(7) == 0) {
            var requested = consentAt != null && random.nextBoolean()
                    ? consentAt.plus(Duration.ofMinutes(random.nextInt(120) - 60))
                    : now.minus(Duration.ofHours(random.nextInt(200)));
            var expires = random.nextInt(8) == 0 ? now.minus(Duration.ofMinutes(5)) : now.plus(Duration.ofDays(7));
            rows.pending(person, "PROSPECTING", requested, expires);
        }
        if (random.nextInt(3) == 0) {
            // PRO-8: campaign messages in and out of the cap's window, some withdrawn before delivery, other mail
            for (var m = 0; m <= random.nextInt(7); m++) {
                var category = random.nextInt(6) == 0 ? "consent-confirmation" : "campaign/" + UUID.randomUUID();
                var status = List.of("SENT", "SENT", "HELD", "QUEUED", "WITHDRAWN").get(random.nextInt(5));
                rows.mail(person, category, status, now.minus(Duration.ofDays(random.nextInt(45)))
                        .minus(Duration.ofMinutes(random.nextInt(600))));
            }
        }
        if (random.nextInt(6) == 0) {
            var channel = List.of("ALL", "EMAIL", "SMS").get(random.nextInt(3));
            var at = consentAt != null && random.nextBoolean()
                    ? consentAt.plus(Duration.ofMinutes(random.nextBoolean() ? 1 : -1))
                    : now.minus(Duration.ofDays(random.nextInt(900)));
            if (phone != null && random.nextBoolean()) {
                rows.suppressed("PHONE", phone, channel, at);
            } else if (email != null && !email.isBlank()) {
                rows.suppressed("EMAIL", email, channel, at);
            }
        }
        return person;
    }
}
