package org.custodian.prospecting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.PersonNotFound;
import org.custodian.shared.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRO-2 — the eligibility of a campaign's audience, set-based: the counts of a preview by one SQL statement
 * ({@link EligibilityQuery}, the rules written in SQL), the decisions of a batch or of one person by
 * {@link EligibilityRules} over facts read a batch at a time ({@link ProspectFactsReader}), so that a sample, a
 * sender's batch and the answer to «why this person?» carry the rules' own reason and evidence. Each call first brings
 * the persons' eligibility keys up to date ({@link ProspectKeys}) and is audited as one read. A preview of the purpose
 * {@link ProspectSummary#PURPOSE} counts from the per-person summary, brought up to date first ({@link ProspectSummary});
 * other purposes count from the ledger itself.
 */
@Service
class AudienceEligibility implements CampaignEligibility {

    static final String RESOURCE = "prospecting.eligibility";

    private final JdbcClient jdbc;
    private final ProspectKeys keys;
    private final ProspectSummary summary;
    private final EligibilityRules rules;
    private final FrequencyCap cap;
    private final ProspectingProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final ProspectFactsReader reader;

    AudienceEligibility(JdbcClient jdbc, ProspectKeys keys, ProspectSummary summary, EligibilityRules rules,
            ProspectingProperties properties, AuditLog audit, Clock clock,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.summary = summary;
        this.rules = rules;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.cap = new FrequencyCap(properties.maxMessages(), properties.capWindow());
        this.reader = new ProspectFactsReader(jdbc, keys, cap.window(), zone);
    }

    @Override
    @Transactional(readOnly = true)
    public EligibilityPreview preview(CampaignTerms terms, AudienceFilter audience, int sampleSize) {
        keys.refresh();
        var summarised = ProspectSummary.serves(terms);
        if (summarised) {
            summary.refresh();
        }
        var query = query(terms, audience);
        var counts = counts(query);
        if (counts.stream().anyMatch(row -> row.getKey().equals(EligibilityQuery.UNKEYED))) {
            keys.deriveMissing();
            if (summarised) {
                summary.deriveUnkeyed();
            }
            counts = counts(query);
        }
        var excluded = new EnumMap<EligibilityRule, Long>(EligibilityRule.class);
        long total = 0;
        long eligible = 0;
        long postponed = 0;
        for (var row : counts) {
            total += row.getValue();
            switch (EligibilityQuery.outcome(row.getKey())) {
                case ELIGIBLE -> eligible += row.getValue();
                case POSTPONED -> postponed += row.getValue();
                case EXCLUDED -> excluded.merge(EligibilityQuery.rule(row.getKey()), row.getValue(), Long::sum);
            }
        }
        var sample = sampleSize > 0 && total > 0 ? sample(terms, audience, sampleSize) : List.<Recipient>of();
        audit.personalData(AuditAction.SEARCH, RESOURCE, null, terms.purpose(),
                "eligibility preview of " + total + " person(s)");
        return new EligibilityPreview(total, eligible, postponed, excluded, sample);
    }

    @Override
    @Transactional(readOnly = true)
    public EligibilityDecision decide(CampaignTerms terms, AudienceFilter audience, PersonId person) {
        keys.refresh();
        var facts = reader.of(terms, List.of(person.value()), clock.instant());
        if (facts.isEmpty()) {
            throw PersonNotFound.forId(person);
        }
        audit.personalData(AuditAction.READ, RESOURCE, person.value().toString(), terms.purpose());
        if (!inAudience(audience, List.of(person.value())).contains(person.value())) {
            return EligibilityDecision.excluded(EligibilityRule.AUDIENCE, "prospecting.reason.audience",
                    EligibilityDecision.evidenceOf());
        }
        return rules.decide(facts.get(0), terms, today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> next(CampaignTerms terms, AudienceFilter audience, PersonId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A batch holds at least one person");
        }
        keys.refresh();
        var facts = reader.next(terms, audience, after == null ? null : after.value(), limit, clock.instant());
        var today = today();
        var batch = facts.stream()
                .map(item -> new Recipient(item.personId(), item.email(), rules.decide(item, terms, today)))
                .toList();
        if (!batch.isEmpty()) {
            audit.personalData(AuditAction.SEARCH, RESOURCE, null, terms.purpose(),
                    "eligibility of a batch of " + batch.size() + " person(s)");
        }
        return batch;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> decideAll(CampaignTerms terms, AudienceFilter audience, Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        keys.refresh();
        var ids = persons.stream().map(PersonId::value).toList();
        var facts = reader.of(terms, ids, clock.instant());
        var inAudience = inAudience(audience, ids);
        var today = today();
        var decided = facts.stream().map(item -> new Recipient(item.personId(), item.email(),
                inAudience.contains(item.personId().value()) ? rules.decide(item, terms, today)
                        : EligibilityDecision.excluded(EligibilityRule.AUDIENCE, "prospecting.reason.audience",
                                EligibilityDecision.evidenceOf())))
                .toList();
        if (!decided.isEmpty()) {
            audit.personalData(AuditAction.SEARCH, RESOURCE, null, terms.purpose(),
                    "eligibility of " + decided.size() + " postponed person(s)");
        }
        return decided;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, Instant> underCapAgain(Collection<PersonId> persons) {
        var now = clock.instant();
        var again = new HashMap<PersonId, Instant>();
        persons.forEach(person -> again.put(person, now));
        if (persons.isEmpty()) {
            return again;
        }
        // The cap-th most recent message of each person within the window: once it leaves, they are under the cap.
        jdbc.sql("SELECT person_id, created_at FROM (SELECT person_id, created_at, ROW_NUMBER() OVER ("
                        + "PARTITION BY person_id ORDER BY created_at DESC) AS recency FROM ("
                        + EligibilityQuery.RECENT_MESSAGE_ROWS + ") recent) ranked WHERE recency = :cap_max")
                .param("ids", persons.stream().map(PersonId::value).toList())
                .param("window_start", Timestamp.from(now.minus(cap.window())))
                .param("cap_max", cap.maxMessages())
                .query((rs, row) -> again.put(new PersonId(rs.getObject("person_id", UUID.class)),
                        rs.getTimestamp("created_at").toInstant().plus(cap.window())))
                .list();
        return again;
    }

    private Set<UUID> inAudience(AudienceFilter audience, List<UUID> ids) {
        var params = new LinkedHashMap<String, Object>();
        var where = AudienceSql.condition(audience, zone, params);
        params.put("ids", ids);
        return new HashSet<>(jdbc.sql("SELECT p.id FROM person p " + String.join(" ", AudienceSql.KEY_JOINS)
                + " WHERE " + where + " AND p.id IN (:ids)").params(params).query(UUID.class).list());
    }

    private List<Map.Entry<String, Long>> counts(EligibilityQuery query) {
        return jdbc.sql(query.counts()).params(query.params())
                .query((rs, n) -> Map.entry(rs.getString("decision"), rs.getLong("persons"))).list();
    }

    /** The counts' query of a preview: from the summary when it serves the campaign's purpose. */
    EligibilityQuery query(CampaignTerms terms, AudienceFilter audience) {
        return query(ProspectSummary.serves(terms) ? EligibilityQuery.Source.SUMMARY : EligibilityQuery.Source.LEDGER,
                terms, audience);
    }

    EligibilityQuery query(EligibilityQuery.Source source, CampaignTerms terms, AudienceFilter audience) {
        return new EligibilityQuery(source, terms, audience, clock.instant(), today(), properties.retention(), cap,
                zone);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }


    /**
     * Some included and some excluded persons: the persons of the audience from a random point of the id order (a
     * few hundred, read and decided a batch at a time like a sender's), up to half the sample eligible, then excluded
     * persons of as many different rules as they show, each with its full reason and evidence. Reading the audience
     * again in SQL to pick them would cost a second pass over the file.
     */
    private List<Recipient> sample(CampaignTerms terms, AudienceFilter audience, int size) {
        var now = clock.instant();
        var today = today();
        var wanted = Math.max(size * 20, 200);
        var facts = new ArrayList<>(reader.next(terms, audience, UUID.randomUUID(), wanted, now));
        if (facts.size() < wanted) {
            facts.addAll(reader.next(terms, audience, null, wanted - facts.size(), now));
        }
        var eligible = new ArrayList<Recipient>();
        var excludedByRule = new LinkedHashMap<EligibilityRule, List<Recipient>>();
        var seen = new HashSet<PersonId>();
        for (var item : facts) {
            if (!seen.add(item.personId())) {
                continue;
            }
            var recipient = new Recipient(item.personId(), item.email(), rules.decide(item, terms, today));
            if (recipient.decision().eligible()) {
                eligible.add(recipient);
            } else {
                excludedByRule.computeIfAbsent(recipient.decision().rule(), rule -> new ArrayList<>()).add(recipient);
            }
        }
        var chosen = new ArrayList<Recipient>(eligible.subList(0, Math.min(eligible.size(), (size + 1) / 2)));
        var longest = excludedByRule.values().stream().mapToInt(List::size).max().orElse(0);
        for (var round = 0; round < longest && chosen.size() < size; round++) {
            for (var list : excludedByRule.values()) {
                if (round < list.size() && chosen.size() < size) {
                    chosen.add(list.get(round));
                }
            }
        }
        for (var i = (size + 1) / 2; i < eligible.size() && chosen.size() < size; i++) {
            chosen.add(eligible.get(i));
        }
        return chosen;
    }
}
