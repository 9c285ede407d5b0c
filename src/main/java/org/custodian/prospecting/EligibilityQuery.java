package org.custodian.prospecting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;


/**
 * PRO-2 — {@link EligibilityRules} written as one SQL statement over a whole audience, for the counts of a campaign's
 * preview at a million persons without streaming them into Java: a {@code CASE} that applies the rules in the same
 * legal order and yields, per person, the outcome and the deciding rule ({@code EXCLUDED:OPPOSITION},
 * {@code ELIGIBLE:CONSENT} …), then a {@code GROUP BY}. The facts are the ones {@link ProspectFactsReader} reads for one
 * person (the current consent of the campaign's purpose on e-mail with a pending double opt-in over a withdrawal, the
 * latest suppression entry of the address or phone, purchases, the soft opt-in evidence, the eligibility keys of
 * {@code prospect_key}); the agreement test holds the two to the same answers. The latest record of the ledger and of
 * the soft opt-in evidence is found by aggregating their sequence numbers once (linear whatever the planner estimates,
 * where the views' anti-join of a table with itself degrades to a nested loop on tables not yet analysed). The frequency
 * cap counts the person's campaign messages of the outbox within its window ({@link #RECENT_MESSAGES}); a restriction of
 * processing in force (DSR-5) is looked up in {@link #RESTRICTED}, in both sources.
 *
 * <p>Two sources of the same facts: the tables themselves ({@link Source#LEDGER}, any purpose), or, for the purpose
 * {@link ProspectSummary#PURPOSE}, the per-person summary {@code prospect_summary} that {@link ProspectSummary} keeps up
 * to date ({@link Source#SUMMARY}: one narrow row per person, no aggregate, what a million persons need to be counted
 * within a second). What moves with time is compared here in both: the 3 years, the expiry of a pending double opt-in,
 * the frequency cap.
 */
final class EligibilityQuery {

    /**
     * The code of a person the read found without eligibility keys (inserted with dates older than the last refresh):
     * the caller derives them ({@link ProspectKeys#deriveMissing()}) and asks again.
     */
    static final String UNKEYED = "UNKEYED";

    /**
     * PRO-8: the prospecting messages of the outbox that count against a person's cap — every campaign's message
     * written for them within the cap's window (held or sent), not those withdrawn before delivery (an unsubscription
     * in between). Test sends name no person.
     */
    private static final String COUNTED_MESSAGES = "category LIKE 'campaign/%' AND status <> 'WITHDRAWN'"
            + " AND created_at >= :window_start";

    /** PRO-8: how many counted messages each person received within the cap's window. */
    static final String RECENT_MESSAGES = "SELECT person_id, COUNT(*) AS messages FROM mail_message"
            + " WHERE person_id IS NOT NULL AND " + COUNTED_MESSAGES + " GROUP BY person_id";

    /** Where the facts are read. */
    enum Source {
        /** The ledger, purchases, soft opt-in evidence and suppression list, joined and aggregated. */
        LEDGER,
        /** {@code prospect_summary}, for {@link ProspectSummary#PURPOSE} only. */
        SUMMARY
    }

    /** The messages {@link #RECENT_MESSAGES} counts, one row each, of the persons {@code :ids}. */
    static final String RECENT_MESSAGE_ROWS = "SELECT person_id, created_at FROM mail_message"
            + " WHERE person_id IN (:ids) AND " + COUNTED_MESSAGES;

    private final String decisions;
    private final Map<String, Object> params = new LinkedHashMap<>();

    /**
     * @param now       the instant of the decision (pending double opt-ins still valid)
     * @param today     the day of the decision in {@code zone}
     * @param retention the prospecting period after the last date that counts (PRO-6)
     */
    EligibilityQuery(Source source, CampaignTerms terms, AudienceFilter audience, Instant now, LocalDate today,
            Period retention, FrequencyCap cap, ZoneId zone) {
        if (source == Source.SUMMARY && !ProspectSummary.PURPOSE.equals(terms.purpose())) {
            throw new IllegalArgumentException("The summary holds the consents of " + ProspectSummary.PURPOSE + " only");
        }
        params.put("purpose", terms.purpose());
        params.put("now", Timestamp.from(now));
        params.put("window_start", Timestamp.from(now.minus(cap.window())));
        params.put("cap_max", cap.maxMessages());
        var lastExpiredDay = lastExpiredDay(today, retention);
        params.put("last_expired_day", lastExpiredDay);
        var family = terms.productFamily() == null ? null : terms.productFamily().strip().toLowerCase(Locale.ROOT);
        if (family != null) {
            params.put("family", family);
            params.put("family_between_bars", "|" + family + "|");
        }
        var summary = source == Source.SUMMARY;
        var where = AudienceSql.condition(audience, zone, params, summary ? AudienceSql.SUMMARY : AudienceSql.PERSON);
        this.decisions = "SELECT d.person_id, " + decision(terms, family != null) + " AS decision FROM ("
                + (summary ? summaryFacts(family != null) : facts(family != null)) + " WHERE " + where + ") d";
    }

    /** Per person of the audience: {@code person_id} and {@code decision} ({@code OUTCOME:RULE}). */
    String decisions() {
        return decisions;
    }

    /** Per decision of the audience: {@code decision} and {@code persons}. */
    String counts() {
        return "SELECT x.decision, COUNT(*) AS persons FROM (" + decisions + ") x GROUP BY x.decision";
    }

    /**
     * PRO-8: the persons over the frequency cap, as {@link #RECENT_MESSAGES} counts their messages; a set the
     * decision looks a person up in only when they are in (hashed once, not joined to every person of the audience).
     */
    private static final String OVER_CAP = "SELECT person_id FROM mail_message WHERE person_id IS NOT NULL"
            + " AND " + COUNTED_MESSAGES + " GROUP BY person_id HAVING COUNT(*) >= :cap_max";

    /**
     * DSR-5: the persons whose processing is restricted now ({@code contacts.Restrictions}); a handful among a million,
     * a set the decision looks a person up in once the opposition and the suppression list have not excluded them.
     */
    static final String RESTRICTED = "SELECT in_force_person_id FROM person_restriction"
            + " WHERE in_force_person_id IS NOT NULL";

    /** An eligible decision by {@code rule}, postponed when the person is over the cap ({@link FrequencyCap}). */
    private static String eligible(EligibilityRule rule) {
        return "CASE WHEN d.person_id IN (" + OVER_CAP + ") THEN 'POSTPONED:FREQUENCY_CAP' ELSE 'ELIGIBLE:"
                + rule.name() + "' END";
    }

    Map<String, Object> params() {
        return params;
    }

    /** The outcome of a decision code. */
    static EligibilityDecision.Outcome outcome(String decision) {
        return EligibilityDecision.Outcome.valueOf(decision.substring(0, decision.indexOf(':')));
    }

    /** The rule of a decision code. */
    static EligibilityRule rule(String decision) {
        return EligibilityRule.valueOf(decision.substring(decision.indexOf(':') + 1));
    }

    /**
     * The latest day whose period has ended by {@code today} ({@link ProspectRetention}: excluded when
     * {@code today} is not before {@code last + period}), so that SQL compares days without date arithmetic of its
     * own (the 29th of February plus years).
     */
    static LocalDate lastExpiredDay(LocalDate today, Period period) {
        var day = today.minus(period);
        while (!today.isBefore(day.plusDays(1).plus(period))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** One row per person: the facts the rules read, as columns. */
    private static String facts(boolean family) {
        var bought = family ? "MAX(CASE WHEN LOWER(TRIM(product_family)) = :family THEN 1 ELSE 0 END)" : "0";
        return "SELECT p.id AS person_id, p.type, p.audience, " + HAS_ADDRESS + " AS has_address, p.source,"
                + " p.collected_at, p.last_contact_at,"
                + " p.generic_address, g.local_part AS generic_part, k.person_id AS keyed, k.profession_words,"
                + " " + ConsentSql.STATUS + " AS consent_status, c.recorded_at AS consent_at,"
                + " r.requested_at AS pending_at,"
                + " pp.person_id AS bought, pp.last_day, pp.family_bought, pp.good_sale, pp.offered_sale,"
                + " so.person_id AS evidenced, so.opposition_offered AS so_offered, so.opposed AS so_opposed,"
                + " s.latest AS suppressed_at"
                + " FROM person p " + String.join(" ", AudienceSql.KEY_JOINS)
                + " LEFT JOIN (SELECT person_id, MAX(seq) AS seq FROM consent_record WHERE purpose = :purpose"
                + " AND channel = 'EMAIL' GROUP BY person_id) cm ON cm.person_id = p.id"
                + " LEFT JOIN consent_record c ON c.seq = cm.seq"
                + " LEFT JOIN consent_request r ON r.person_id = p.id AND r.purpose = :purpose AND r.channel = 'EMAIL'"
                + " AND r.expires_at > :now"
                + " LEFT JOIN (SELECT person_id, MAX(GREATEST(purchased_on, COALESCE(warranty_end, purchased_on),"
                + " COALESCE(contract_end, purchased_on))) AS last_day, " + bought + " AS family_bought,"
                + " MAX(CASE WHEN email_collected_at_sale AND opposition_offered AND NOT opposed THEN 1 ELSE 0 END)"
                + " AS good_sale, MAX(CASE WHEN opposition_offered THEN 1 ELSE 0 END) AS offered_sale"
                + " FROM person_purchase GROUP BY person_id) pp ON pp.person_id = p.id"
                + " LEFT JOIN (SELECT person_id, MAX(seq) AS seq FROM soft_opt_in WHERE channel = 'EMAIL'"
                + " GROUP BY person_id) sm ON sm.person_id = p.id"
                + " LEFT JOIN soft_opt_in so ON so.seq = sm.seq"
                + " LEFT JOIN (" + suppressions() + ") s ON s.person_id = p.id";
    }

    /** 1 when the person {@code p} has an address to write to, else 0. */
    static final String HAS_ADDRESS = "CASE WHEN p.email IS NULL OR TRIM(p.email) = '' THEN 0 ELSE 1 END";

    /**
     * One row per person of {@code prospect_summary}, the same columns as {@link #facts}: the pending double opt-in
     * only while it is valid, the campaign's family found among the families bought, a professional's local part
     * looked up in the generic-address list (only for the persons the decision reaches that far: the columns are
     * expressions the planner puts into the {@code CASE}, no join of the whole summary).
     */
    private static String summaryFacts(boolean family) {
        var bought = family ? "CASE WHEN POSITION(:family_between_bars IN s.families) > 0 THEN 1 ELSE 0 END" : "0";
        return "SELECT s.person_id, s.type, s.audience, s.has_address, s.source, s.collected_at,"
                + " s.last_contact_at,"
                + " s.generic_address, CASE WHEN s.email_local IN (SELECT local_part FROM generic_address_part)"
                + " THEN 1 END AS generic_part, s.keyed, s.profession_words, s.consent_status,"
                + " s.consent_at, CASE WHEN s.pending_expires_at > :now THEN s.pending_at END AS pending_at,"
                + " s.bought, s.last_day, " + bought + " AS family_bought, s.good_sale, s.offered_sale, s.evidenced,"
                + " s.so_offered, s.so_opposed, s.suppressed_at"
                + " FROM prospect_summary s";
    }

    /** The latest opposition on the suppression list covering e-mail, by address or phone, per person. */
    static String suppressions() {
        return suppressions("", "");
    }

    /**
     * The same, the entries of addresses restricted by {@code byAddress} (a condition on {@code ke.person_id}), those
     * of phones by {@code byPhone} (on {@code kp.person_id}).
     */
    static String suppressions(String byAddress, String byPhone) {
        return "SELECT h.person_id, MAX(h.at) AS latest FROM ("
                + "SELECT ke.person_id, e.recorded_at AS at FROM suppression_entry e"
                + " JOIN prospect_key ke ON ke.email_hash = e.value_hash"
                + " WHERE e.kind = 'EMAIL' AND e.channel IN ('ALL', 'EMAIL')" + byAddress
                + " UNION ALL SELECT kp.person_id, e.recorded_at FROM suppression_entry e"
                + " JOIN prospect_key kp ON kp.phone_hash = e.value_hash"
                + " WHERE e.kind = 'PHONE' AND e.channel IN ('ALL', 'EMAIL')" + byPhone + ") h GROUP BY h.person_id";
    }

    /** The rules in their legal order ({@link EligibilityRules#decide}), over the columns of {@link #facts}. */
    private String decision(CampaignTerms terms, boolean family) {
        var softOptIn = family ? "WHEN d.type = 'CUSTOMER' AND d.family_bought = 1 AND (d.good_sale = 1"
                + " OR (d.evidenced IS NOT NULL AND d.so_offered AND NOT d.so_opposed)) THEN "
                + eligible(EligibilityRule.SOFT_OPT_IN) + " "
                : "";
        return "CASE WHEN d.keyed IS NULL THEN '" + UNKEYED + "'"
                // OppositionPrevails: the latest word is an objection or a withdrawal, unless a newer double opt-in
                // is pending (CurrentConsent shows the request then)
                + " WHEN d.consent_status IN ('OBJECTED', 'WITHDRAWN') AND (d.pending_at IS NULL"
                + " OR d.pending_at <= d.consent_at) THEN 'EXCLUDED:OPPOSITION'"
                // SuppressionPrevails: unless a confirmed consent given after the entry lifts it
                + " WHEN d.suppressed_at IS NOT NULL AND NOT COALESCE(d.consent_status = 'ACTIVE'"
                + " AND d.consent_at > d.suppressed_at, FALSE) THEN 'EXCLUDED:SUPPRESSION_LIST'"
                // RestrictionPrevails
                + " WHEN d.person_id IN (" + RESTRICTED + ") THEN 'EXCLUDED:RESTRICTION'"
                // ProspectRetention: a customer's last purchase day, else the day of collection; then the last contact
                + " WHEN (CASE WHEN d.type = 'CUSTOMER' AND d.bought IS NOT NULL THEN d.last_day <= :last_expired_day"
                + " ELSE d.collected_at <= :last_expired_day END)"
                + " AND (d.last_contact_at IS NULL OR d.last_contact_at <= :last_expired_day) THEN 'EXCLUDED:RETENTION'"
                + " WHEN d.has_address = 0 THEN 'EXCLUDED:NO_ADDRESS'"
                + " WHEN d.audience = 'PROFESSIONAL' AND (d.generic_part IS NOT NULL OR d.generic_address)"
                + " THEN " + eligible(EligibilityRule.GENERIC_ADDRESS)
                + " WHEN d.consent_status = 'ACTIVE' THEN " + eligible(EligibilityRule.CONSENT) + " "
                + softOptIn
                + "WHEN d.audience = 'PROFESSIONAL' AND d.profession_words IS NOT NULL AND " + professions(terms)
                + " AND (d.source = 'FORM' OR d.offered_sale = 1 OR d.so_offered)"
                + " THEN " + eligible(EligibilityRule.PROFESSIONAL_RELEVANCE)
                + " WHEN d.audience = 'PROFESSIONAL' THEN 'EXCLUDED:PROFESSIONAL_RELEVANCE'"
                + " WHEN d.bought IS NOT NULL OR d.evidenced IS NOT NULL THEN 'EXCLUDED:SOFT_OPT_IN'"
                + " ELSE 'EXCLUDED:CONSENT' END";
    }

    /**
     * {@link ProfessionWords#firstMatch}: some term of the campaign all of whose words are among the person's, the
     * words as {@code prospect_key.profession_words} holds them (between spaces).
     */
    private String professions(CampaignTerms terms) {
        var alternatives = new ArrayList<String>();
        var t = 0;
        for (var term : terms.professions()) {
            var words = ProfessionWords.of(term);
            if (words.isEmpty()) {
                continue;
            }
            var all = new ArrayList<String>();
            var w = 0;
            for (var word : words) {
                var name = "profession" + t + "_" + w++;
                params.put(name, "% " + word + " %");
                all.add("d.profession_words LIKE :" + name);
            }
            alternatives.add("(" + String.join(" AND ", all) + ")");
            t++;
        }
        return alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", alternatives) + ")";
    }
}
