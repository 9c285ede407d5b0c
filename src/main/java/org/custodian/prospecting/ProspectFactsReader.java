package org.custodian.prospecting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.Audience;
import org.custodian.contacts.GenericCompanyAddress;
import org.custodian.contacts.PersonType;
import org.custodian.prospecting.ProspectFacts.ConsentFact;
import org.custodian.prospecting.ProspectFacts.Purchase;
import org.custodian.prospecting.ProspectFacts.RestrictionFact;
import org.custodian.prospecting.ProspectFacts.SoftOptInEvidence;
import org.custodian.prospecting.ProspectFacts.SuppressionFact;
import org.custodian.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PRO-2 — reads {@link ProspectFacts} for a set of persons in a constant number of statements, whatever their number
 * (never a query per person): the persons with their current e-mail consent of the campaign's purpose (the ledger's
 * latest record, found through {@code consent_record_current_idx}, as the view {@code consent_current} defines it; a
 * pending double opt-in over a withdrawal, as {@code consent.CurrentConsent} derives it), their latest soft opt-in
 * evidence and the generic
 * address basis in one; their purchases in a second; the suppression-list entries of their address or phone (through
 * the hashes of {@code prospect_key}, {@link ProspectKeys}) in a third. A batch of the audience is read by keyset
 * ({@code id > after}, in id order), the second and third statements by the batch's id range. The purchases' sale facts
 * count as soft opt-in evidence, beside the evidence recorded in the consent module. The person was offered to object
 * at collection when they came through a form (with its notice) or when a sale recorded the offer. The campaign
 * messages within the frequency cap's window are counted in the first statement, and the restriction of processing in
 * force (DSR-5, {@code contacts.Restrictions}) is joined there through its unique key.
 * <p>
 * The caller refreshes {@code prospect_key} first and audits the read; persons found without keys (inserted with dates
 * older than the last refresh) get theirs derived and are read once more.
 */
final class ProspectFactsReader {

    private static final String PERSONS = "SELECT p.id, p.type, p.audience, p.email, p.generic_address, p.job_title,"
            + " p.sector, p.collected_at, p.last_contact_at, p.source, g.local_part AS generic_part, k.person_id AS keyed,"
            + " c.id AS consent_id, " + ConsentSql.STATUS + " AS consent_status, c.recorded_at AS consent_at,"
            + " r.id AS request_id, r.requested_at AS request_at,"
            + " so.id AS evidence_id, so.recorded_at AS evidence_at, so.collected_on AS evidence_on,"
            + " so.purchase_id AS evidence_purchase,"
            + " sp.product_family AS evidence_family, so.opposition_offered AS evidence_offered,"
            + " so.opposed AS evidence_opposed, COALESCE(mm.messages, 0) AS recent_messages,"
            + " pr.id AS restriction_id, pr.restricted_at AS restricted_at"
            + " FROM person p " + String.join(" ", AudienceSql.KEY_JOINS)
            + " LEFT JOIN consent_record c ON c.seq = (SELECT MAX(x.seq) FROM consent_record x"
            + " WHERE x.person_id = p.id AND x.channel = 'EMAIL' AND x.purpose = :purpose)"
            + " LEFT JOIN consent_request r ON r.person_id = p.id AND r.purpose = :purpose AND r.channel = 'EMAIL'"
            + " AND r.expires_at > :now"
            + " LEFT JOIN soft_opt_in so ON so.seq = (SELECT MAX(y.seq) FROM soft_opt_in y"
            + " WHERE y.person_id = p.id AND y.channel = 'EMAIL')"
            + " LEFT JOIN person_purchase sp ON sp.id = so.purchase_id AND sp.person_id = so.person_id"
            + " LEFT JOIN (" + EligibilityQuery.RECENT_MESSAGES + ") mm ON mm.person_id = p.id"
            + " LEFT JOIN person_restriction pr ON pr.in_force_person_id = p.id";

    private final JdbcClient jdbc;
    private final ProspectKeys keys;
    private final Duration capWindow;
    private final ZoneId zone;

    /** @param capWindow the frequency cap's window (PRO-8), over which the person's campaign messages are counted */
    ProspectFactsReader(JdbcClient jdbc, ProspectKeys keys, Duration capWindow, ZoneId zone) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.capWindow = capWindow;
        this.zone = zone;
    }

    /**
     * The facts of the next {@code limit} persons of the audience after {@code after} (null: from the first), in id
     * order: three statements.
     */
    List<ProspectFacts> next(CampaignTerms terms, AudienceFilter audience, UUID after, int limit, Instant now) {
        var params = new HashMap<String, Object>();
        var where = AudienceSql.condition(audience, zone, params);
        if (after != null) {
            where += " AND p.id > :after";
            params.put("after", after);
        }
        params.put("limit", limit);
        var persons = persons(terms, now, where + " ORDER BY p.id LIMIT :limit", params);
        if (persons.isEmpty()) {
            return List.of();
        }
        var ids = new ArrayList<>(persons.keySet());
        var range = Map.<String, Object>of("first", ids.get(0), "last", ids.get(ids.size() - 1));
        return complete(persons, "person_id >= :first AND person_id <= :last", range);
    }

    /** The facts of these persons, whatever their audience (the sample of a preview, one decision). */
    List<ProspectFacts> of(CampaignTerms terms, Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var params = new HashMap<String, Object>();
        params.put("ids", List.copyOf(ids));
        var persons = persons(terms, now, "p.id IN (:ids)", params);
        return persons.isEmpty() ? List.of() : complete(persons, "person_id IN (:ids)", Map.of("ids", List.copyOf(ids)));
    }

    /** The persons' rows; once more after deriving their keys when some have none (see {@link ProspectKeys}). */
    private Map<UUID, Row> persons(CampaignTerms terms, Instant now, String where, Map<String, Object> params) {
        params.put("purpose", terms.purpose());
        params.put("now", java.sql.Timestamp.from(now));
        params.put("window_start", java.sql.Timestamp.from(now.minus(capWindow)));
        var rows = jdbc.sql(PERSONS + " WHERE " + where).params(params).query(this::row).list();
        if (rows.stream().anyMatch(row -> !row.keyed)) {
            keys.deriveMissing();
            rows = jdbc.sql(PERSONS + " WHERE " + where).params(params).query(this::row).list();
        }
        var byId = new LinkedHashMap<UUID, Row>();
        rows.forEach(row -> byId.put(row.id, row));
        return byId;
    }

    private List<ProspectFacts> complete(Map<UUID, Row> persons, String personCondition, Map<String, Object> params) {
        jdbc.sql("SELECT id, person_id, purchased_on, product_family, warranty_end, contract_end,"
                        + " email_collected_at_sale, opposition_offered, opposed, recorded_at FROM person_purchase"
                        + " WHERE " + personCondition + " ORDER BY person_id, purchased_on, id")
                .params(params)
                .query(rs -> {
                    var row = persons.get(rs.getObject("person_id", UUID.class));
                    if (row == null) {
                        return;
                    }
                    var id = rs.getObject("id", UUID.class);
                    var family = rs.getString("product_family");
                    row.purchases.add(new Purchase(id, rs.getObject("purchased_on", LocalDate.class), family,
                            rs.getObject("warranty_end", LocalDate.class), rs.getObject("contract_end", LocalDate.class)));
                    var offered = rs.getBoolean("opposition_offered");
                    row.evidence.add(new SoftOptInEvidence(id, instant(rs, "recorded_at"), id, family,
                            rs.getBoolean("email_collected_at_sale"), offered, rs.getBoolean("opposed"), true,
                            rs.getObject("purchased_on", LocalDate.class)));
                    row.offeredAtCollection |= offered;
                });
        var keyCondition = personCondition.replace("person_id", "k.person_id");
        jdbc.sql("SELECT k.person_id, e.id, e.recorded_at, e.channel FROM prospect_key k JOIN suppression_entry e"
                        + " ON e.kind = 'EMAIL' AND e.value_hash = k.email_hash WHERE " + keyCondition
                        + " AND e.channel IN ('ALL', 'EMAIL')"
                        + " UNION ALL SELECT k.person_id, e.id, e.recorded_at, e.channel FROM prospect_key k"
                        + " JOIN suppression_entry e ON e.kind = 'PHONE' AND e.value_hash = k.phone_hash WHERE "
                        + keyCondition + " AND e.channel IN ('ALL', 'EMAIL')")
                .params(params)
                .query(rs -> {
                    var row = persons.get(rs.getObject("person_id", UUID.class));
                    var at = instant(rs, "recorded_at");
                    if (row != null && (row.suppression == null || at.isAfter(row.suppression.at()))) {
                        row.suppression = new SuppressionFact(rs.getObject("id", UUID.class), at,
                                SuppressionChannel.valueOf(rs.getString("channel")));
                    }
                });
        return persons.values().stream().map(Row::facts).toList();
    }

    private Row row(ResultSet rs, int index) throws SQLException {
        var row = new Row();
        row.id = rs.getObject("id", UUID.class);
        row.keyed = rs.getObject("keyed") != null;
        row.type = PersonType.valueOf(rs.getString("type"));
        row.audience = Audience.valueOf(rs.getString("audience"));
        row.email = rs.getString("email");
        var hasAddress = row.email != null && !row.email.isBlank();
        if (hasAddress && rs.getString("generic_part") != null) {
            row.generic = GenericCompanyAddress.Basis.LISTED;
        } else if (hasAddress && rs.getBoolean("generic_address")) {
            row.generic = GenericCompanyAddress.Basis.FLAGGED;
        }
        row.jobTitle = rs.getString("job_title");
        row.sector = rs.getString("sector");
        row.collectedOn = rs.getObject("collected_at", LocalDate.class);
        row.lastContactOn = rs.getObject("last_contact_at", LocalDate.class);
        row.offeredAtCollection = "FORM".equals(rs.getString("source"));
        row.consent = consent(rs);
        row.messagesInWindow = rs.getInt("recent_messages");
        var restriction = rs.getObject("restriction_id", UUID.class);
        if (restriction != null) {
            row.restriction = new RestrictionFact(restriction, instant(rs, "restricted_at"));
        }
        var evidence = rs.getObject("evidence_id", UUID.class);
        if (evidence != null) {
            var offered = rs.getBoolean("evidence_offered");
            row.evidence.add(new SoftOptInEvidence(evidence, instant(rs, "evidence_at"),
                    rs.getObject("evidence_purchase", UUID.class), rs.getString("evidence_family"), true, offered,
                    rs.getBoolean("evidence_opposed"), true, rs.getObject("evidence_on", LocalDate.class)));
            row.offeredAtCollection |= offered;
        }
        return row;
    }

    /** The ledger's state, or the pending double opt-in where CurrentConsent shows it (nothing given, and newer). */
    private static ConsentFact consent(ResultSet rs) throws SQLException {
        var recordId = rs.getObject("consent_id", UUID.class);
        var requestId = rs.getObject("request_id", UUID.class);
        if (requestId != null) {
            var requestedAt = instant(rs, "request_at");
            var given = recordId != null && !List.of("WITHDRAWN", "OBJECTED").contains(rs.getString("consent_status"));
            if (recordId == null || !given && requestedAt.isAfter(instant(rs, "consent_at"))) {
                return new ConsentFact(requestId, ConsentStatus.PENDING_CONFIRMATION, requestedAt);
            }
        }
        if (recordId == null) {
            return null;
        }
        return new ConsentFact(recordId, ConsentStatus.valueOf(rs.getString("consent_status")),
                instant(rs, "consent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** One person's facts while they are gathered. */
    private static final class Row {
        UUID id;
        boolean keyed;
        PersonType type;
        Audience audience;
        String email;
        GenericCompanyAddress.Basis generic;
        String jobTitle;
        String sector;
        LocalDate collectedOn;
        LocalDate lastContactOn;
        boolean offeredAtCollection;
        ConsentFact consent;
        SuppressionFact suppression;
        RestrictionFact restriction;
        int messagesInWindow;
        final List<SoftOptInEvidence> evidence = new ArrayList<>();
        final List<Purchase> purchases = new ArrayList<>();

        ProspectFacts facts() {
            return new ProspectFacts(new PersonId(id), type, audience, email, generic, jobTitle, sector, collectedOn,
                    lastContactOn, offeredAtCollection, consent, evidence, purchases, suppression, restriction,
                    messagesInWindow);
        }
    }
}
