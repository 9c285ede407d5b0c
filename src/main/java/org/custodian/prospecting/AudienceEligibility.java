package org.custodian.prospecting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * the persons' eligibility keys up to date ({@link ProspectKeys}) and is audited as one read.
 */
@Service
class AudienceEligibility implements CampaignEligibility {

    static final String RESOURCE = "prospecting.eligibility";

    private final JdbcClient jdbc;
    private final ProspectKeys keys;
    private final EligibilityRules rules;
    private final ProspectingProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final ProspectFactsReader reader;

    AudienceEligibility(JdbcClient jdbc, ProspectKeys keys, EligibilityRules rules, ProspectingProperties properties,
            AuditLog audit, Clock clock, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.rules = rules;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.reader = new ProspectFactsReader(jdbc, zone);
    }

    @Override
    @Transactional(readOnly = true)
    public EligibilityPreview preview(CampaignTerms terms, AudienceFilter audience, int sampleSize) {
        keys.refresh();
        var query = query(terms, audience);
        var excluded = new EnumMap<EligibilityRule, Long>(EligibilityRule.class);
        long total = 0;
        long eligible = 0;
        long postponed = 0;
        for (var row : jdbc.sql(query.counts()).params(query.params())
                .query((rs, n) -> Map.entry(rs.getString("decision"), rs.getLong("persons"))).list()) {
            total += row.getValue();
            switch (EligibilityQuery.outcome(row.getKey())) {
                case ELIGIBLE -> eligible += row.getValue();
                case POSTPONED -> postponed += row.getValue();
                case EXCLUDED -> excluded.merge(EligibilityQuery.rule(row.getKey()), row.getValue(), Long::sum);
            }
        }
        var sample = sampleSize > 0 && total > 0 ? sample(terms, query, sampleSize) : List.<Recipient>of();
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
        if (!inAudience(audience, person.value())) {
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

    EligibilityQuery query(CampaignTerms terms, AudienceFilter audience) {
        return new EligibilityQuery(terms, audience, clock.instant(), today(), properties.retention(), zone);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private boolean inAudience(AudienceFilter audience, UUID person) {
        var params = new LinkedHashMap<String, Object>();
        var where = AudienceSql.condition(audience, zone, params);
        params.put("person", person);
        return jdbc.sql("SELECT COUNT(*) FROM person p " + String.join(" ", AudienceSql.KEY_JOINS) + " WHERE "
                + where + " AND p.id = :person").params(params).query(Long.class).single() > 0;
    }

    /**
     * Some included and some excluded persons, as varied as the audience allows: up to half the sample eligible,
     * then excluded persons of as many different rules as there are, each decided with its full reason and evidence.
     */
    private List<Recipient> sample(CampaignTerms terms, EligibilityQuery query, int size) {
        var byDecision = new LinkedHashMap<String, List<UUID>>();
        var params = new LinkedHashMap<>(query.params());
        params.put("sample_rows", Math.max(size * 20, 200));
        jdbc.sql("SELECT z.person_id, z.decision FROM (" + query.decisions() + ") z ORDER BY z.person_id"
                        + " LIMIT :sample_rows")
                .params(params)
                .query(rs -> {
                    byDecision.computeIfAbsent(rs.getString("decision"), key -> new ArrayList<>())
                            .add(rs.getObject("person_id", UUID.class));
                });
        var chosen = new ArrayList<UUID>();
        var eligibleShare = (size + 1) / 2;
        byDecision.entrySet().stream().filter(entry -> entry.getKey().startsWith("ELIGIBLE"))
                .flatMap(entry -> entry.getValue().stream()).limit(eligibleShare).forEach(chosen::add);
        var excluded = byDecision.entrySet().stream().filter(entry -> !entry.getKey().startsWith("ELIGIBLE"))
                .map(Map.Entry::getValue).toList();
        var longest = excluded.stream().mapToInt(List::size).max().orElse(0);
        for (var round = 0; round < longest && chosen.size() < size; round++) {
            for (var list : excluded) {
                if (round < list.size() && chosen.size() < size) {
                    chosen.add(list.get(round));
                }
            }
        }
        var today = today();
        return reader.of(terms, chosen, clock.instant()).stream()
                .map(item -> new Recipient(item.personId(), item.email(), rules.decide(item, terms, today)))
                .toList();
    }
}
