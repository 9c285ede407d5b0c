package org.custodian.prospecting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.custodian.shared.DatabaseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRO-2 (issue 9 §2, speed) — the table {@code prospect_summary} (V41): one row per person (not being erased) with
 * the facts the rules read for an e-mail campaign of the purpose {@link #PURPOSE}, so that a preview counts a million
 * persons by reading it alone ({@link EligibilityQuery.Source#SUMMARY}). The facts are derived in SQL, a set of
 * persons at a time, exactly as {@link EligibilityQuery} derives them from the tables (the agreement test holds the two
 * to the same answers); what moves with time (the 3 years, a pending double opt-in's expiry, the frequency cap) is
 * kept as dates and compared when the preview runs.
 *
 * <p>{@link #refresh()} runs before each preview, after {@link ProspectKeys#refresh()} (it copies the keys). An empty
 * summary is built whole. Otherwise it derives again the persons that some source shows changed since the last
 * refresh started, less an overlap ({@link ProspectingProperties#keyRefreshOverlap()}), for a writer's transaction
 * that commits after a refresh with an earlier date: persons whose {@code updated_at} moved (a new person, an edit, an
 * import) or whose erasure was requested (their row goes), a contact from the person, a ledger record or a soft opt-in
 * evidence of the person (also by sequence number beyond the last one read: an import appends records with their own,
 * older, dates), a double opt-in request, a purchase, a suppression entry of the person's address or phone. A person
 * inserted with an {@code updated_at} older than that (an import keeping its file's dates) is found by counting: the
 * summary holds as many rows as there are persons not being erased, or the missing ones are derived. Refreshes take
 * the lock of the mark's row, one at a time, so that two nodes never derive the same person twice at once.
 */
@Component
class ProspectSummary {

    /** The purpose whose consents the summary holds: other purposes are read from the ledger. */
    static final String PURPOSE = "PROSPECTING";

    private static final String CHANGED = " IN (SELECT person_id FROM prospect_summary_change)";

    private final JdbcClient jdbc;
    private final ProspectKeys keys;
    private final Clock clock;
    private final Duration overlap;
    private final boolean postgres;

    ProspectSummary(JdbcClient jdbc, DatabaseKind database, ProspectKeys keys, Clock clock,
            ProspectingProperties properties) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
        this.keys = keys;
        this.clock = clock;
        this.overlap = properties.keyRefreshOverlap();
    }

    /** Whether the summary can answer for a campaign of these terms. */
    static boolean serves(CampaignTerms terms) {
        return PURPOSE.equals(terms.purpose());
    }

    /**
     * Brings the summary up to date, in its own transaction.
     *
     * @return how many persons' rows were derived
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int refresh() {
        var mark = lock();
        var start = clock.instant();
        var consentSeq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM consent_record").query(Long.class).single();
        var softSeq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM soft_opt_in").query(Long.class).single();
        Rows rows;
        if (mark.refreshedAt() == null) {
            jdbc.sql("DELETE FROM prospect_summary").update();
            var inserted = jdbc.sql(insert(false)).update();
            rows = new Rows(inserted, inserted);
        } else {
            jdbc.sql("DELETE FROM prospect_summary_change").update();
            jdbc.sql("INSERT INTO prospect_summary_change (person_id) " + changes())
                    .param("since", Timestamp.from(
                            ProspectKeys.rereadFrom(mark.refreshedAt().toInstant(), start, overlap)))
                    .param("consent_seq", mark.consentSeq()).param("soft_seq", mark.softSeq())
                    .update();
            rows = deriveMissing(deriveChanged(mark.summaryRows()));
        }
        jdbc.sql("UPDATE prospect_summary_mark SET refreshed_at = ?, consent_seq = ?, soft_seq = ?, summary_rows = ?"
                        + " WHERE id = 1")
                .params(Timestamp.from(start), consentSeq, softSeq, rows.left()).update();
        return rows.derived();
    }

    /**
     * Derives again, in its own transaction, the rows of persons who had no eligibility keys when they were derived
     * (the caller derived the keys since: {@link ProspectKeys#deriveMissing()}).
     *
     * @return how many persons' rows were derived
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int deriveUnkeyed() {
        var mark = lock();
        jdbc.sql("DELETE FROM prospect_summary_change").update();
        jdbc.sql("INSERT INTO prospect_summary_change (person_id) SELECT person_id FROM prospect_summary"
                + " WHERE keyed IS NULL").update();
        var rows = deriveChanged(mark.summaryRows());
        jdbc.sql("UPDATE prospect_summary_mark SET summary_rows = ? WHERE id = 1").param(rows.left()).update();
        return rows.derived();
    }

    /** The mark, its row locked until the transaction ends: the refreshes of several nodes run one at a time. */
    private Mark lock() {
        return jdbc.sql("SELECT refreshed_at, consent_seq, soft_seq, summary_rows FROM prospect_summary_mark"
                        + " WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new Mark(rs.getObject("refreshed_at", OffsetDateTime.class),
                        rs.getLong("consent_seq"), rs.getLong("soft_seq"), rs.getLong("summary_rows")))
                .single();
    }

    /**
     * Derives the rows of the persons listed in {@code prospect_summary_change}.
     *
     * @param before how many rows the summary held before
     */
    private Rows deriveChanged(long before) {
        if (postgres) {
            // a few hundred persons to derive, not the thousands a table without statistics is taken to hold: the
            // planner then reads their facts through the indexes instead of hashing every table whole
            jdbc.sql("ANALYZE prospect_summary_change").update();
        }
        var deleted = jdbc.sql("DELETE FROM prospect_summary WHERE person_id" + CHANGED).update();
        var inserted = jdbc.sql(insert(true)).update();
        return new Rows(inserted, before - deleted + inserted);
    }

    /**
     * Derives the persons not being erased who have no row: inserted with an {@code updated_at} older than the last
     * refresh. The persons are counted and compared with the rows the summary should hold, which spares the
     * anti-join of a million rows when, as almost always, none is missing (the summary holds no person being erased:
     * a refresh removes them); the summary itself is counted only when the two differ (a person deleted took their
     * row).
     */
    private Rows deriveMissing(Rows rows) {
        var persons = jdbc.sql("SELECT COUNT(*) FROM person WHERE erasure_requested_at IS NULL").query(Long.class)
                .single();
        var left = rows.left();
        if (persons != left) {
            left = jdbc.sql("SELECT COUNT(*) FROM prospect_summary").query(Long.class).single();
        }
        if (persons == left) {
            return new Rows(rows.derived(), left);
        }
        keys.deriveMissing();
        jdbc.sql("DELETE FROM prospect_summary_change").update();
        jdbc.sql("INSERT INTO prospect_summary_change (person_id) SELECT p.id FROM person p"
                + " WHERE p.erasure_requested_at IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM prospect_summary s WHERE s.person_id = p.id)"
                + " UNION SELECT s.person_id FROM prospect_summary s JOIN person p ON p.id = s.person_id"
                + " WHERE p.erasure_requested_at IS NOT NULL").update();
        var missing = deriveChanged(left);
        return new Rows(rows.derived() + missing.derived(), missing.left());
    }

    /**
     * The persons some source shows changed since {@code :since} (or beyond the ledgers' sequence numbers last read)
     * whose row does not hold that change yet, each once: a write within the overlap is looked at again by every
     * refresh, but derives its person again only if the row misses it (the row keeps the latest ledger and evidence
     * records it read, its number of purchases, its latest contact, double opt-in request and suppression entry).
     */
    private static String changes() {
        return "SELECT p.id FROM person p LEFT JOIN prospect_summary s ON s.person_id = p.id"
                + " WHERE p.erasure_requested_at IS NULL AND p.updated_at >= :since"
                + " AND (s.person_id IS NULL OR s.derived_from <> p.updated_at)"
                + " UNION SELECT s.person_id FROM person p JOIN prospect_summary s ON s.person_id = p.id"
                + " WHERE p.erasure_requested_at >= :since"
                + " UNION SELECT s.person_id FROM person_contact pc JOIN prospect_summary s ON s.person_id = pc.person_id"
                + " WHERE pc.recorded_at >= :since AND (s.last_contact_at IS NULL OR s.last_contact_at < pc.contacted_on)"
                + " UNION SELECT s.person_id FROM consent_record c JOIN prospect_summary s ON s.person_id = c.person_id"
                + " WHERE c.purpose = '" + PURPOSE + "' AND c.channel = 'EMAIL'"
                + " AND (c.seq > :consent_seq OR c.recorded_at >= :since) AND c.seq > COALESCE(s.consent_seq, 0)"
                + " UNION SELECT s.person_id FROM consent_request r JOIN prospect_summary s ON s.person_id = r.person_id"
                + " WHERE r.purpose = '" + PURPOSE + "' AND r.channel = 'EMAIL' AND r.requested_at >= :since"
                + " AND (s.pending_at IS NULL OR s.pending_at <> r.requested_at)"
                + " UNION SELECT s.person_id FROM person_purchase pp JOIN prospect_summary s ON s.person_id = pp.person_id"
                + " WHERE pp.recorded_at >= :since AND COALESCE(s.purchases, 0)"
                + " <> (SELECT COUNT(*) FROM person_purchase n WHERE n.person_id = pp.person_id)"
                + " UNION SELECT s.person_id FROM soft_opt_in o JOIN prospect_summary s ON s.person_id = o.person_id"
                + " WHERE o.channel = 'EMAIL' AND (o.seq > :soft_seq OR o.recorded_at >= :since)"
                + " AND o.seq > COALESCE(s.soft_seq, 0)"
                + " UNION SELECT s.person_id FROM suppression_entry e JOIN prospect_key k ON k.email_hash = e.value_hash"
                + " JOIN prospect_summary s ON s.person_id = k.person_id WHERE e.kind = 'EMAIL'"
                + " AND e.channel IN ('ALL', 'EMAIL') AND e.recorded_at >= :since"
                + " AND (s.suppressed_at IS NULL OR s.suppressed_at < e.recorded_at)"
                + " UNION SELECT s.person_id FROM suppression_entry e JOIN prospect_key k ON k.phone_hash = e.value_hash"
                + " JOIN prospect_summary s ON s.person_id = k.person_id WHERE e.kind = 'PHONE'"
                + " AND e.channel IN ('ALL', 'EMAIL') AND e.recorded_at >= :since"
                + " AND (s.suppressed_at IS NULL OR s.suppressed_at < e.recorded_at)";
    }

    /**
     * The rows of every person not being erased, or of those listed in {@code prospect_summary_change}: the facts
     * {@link EligibilityQuery} joins from the tables for the purpose {@link #PURPOSE} on e-mail, before any campaign
     * or date is known.
     */
    private static String insert(boolean changed) {
        var only = only(changed, "person_id");
        return "INSERT INTO prospect_summary (person_id, derived_from, type, audience, source, created_at,"
                + " collected_at, last_contact_at, has_address, generic_address, email_local, keyed, postcode, department,"
                + " profession_words, consent_status, consent_at, consent_seq, pending_at, pending_expires_at, purchases,"
                + " bought, last_day, families, good_sale, offered_sale, evidenced, soft_seq, so_offered, so_opposed,"
                + " suppressed_at)"
                + " SELECT p.id, p.updated_at, p.type, p.audience, p.source, p.created_at, p.collected_at,"
                + " p.last_contact_at,"
                + " " + EligibilityQuery.HAS_ADDRESS + ", p.generic_address,"
                // GenericAddressRule reads a professional's local part only (AudienceSql.KEY_JOINS)
                + " CASE WHEN p.audience = 'PROFESSIONAL' AND POSITION('@' IN p.email_key) > 1"
                + " THEN SUBSTRING(p.email_key FROM 1 FOR POSITION('@' IN p.email_key) - 1) END,"
                + " CASE WHEN k.person_id IS NULL THEN NULL ELSE 1 END, k.postcode, k.department, k.profession_words,"
                + " " + ConsentSql.STATUS + ", c.recorded_at, c.seq, r.requested_at, r.expires_at, pp.purchases,"
                + " CASE WHEN pp.person_id IS NULL THEN NULL ELSE 1 END, pp.last_day, pp.families, pp.good_sale,"
                + " pp.offered_sale, CASE WHEN so.person_id IS NULL THEN NULL ELSE 1 END, so.seq, so.opposition_offered,"
                + " so.opposed, sx.latest"
                // the changed persons drive the reads, through the indexes (a semi-join at the end would read every
                // person first)
                + (changed ? " FROM prospect_summary_change x JOIN person p ON p.id = x.person_id" : " FROM person p")
                + " LEFT JOIN prospect_key k ON k.person_id = p.id"
                + " LEFT JOIN (SELECT person_id, MAX(seq) AS seq FROM consent_record WHERE purpose = '" + PURPOSE + "'"
                + " AND channel = 'EMAIL'" + only + " GROUP BY person_id) cm ON cm.person_id = p.id"
                + " LEFT JOIN consent_record c ON c.seq = cm.seq"
                + " LEFT JOIN consent_request r ON r.person_id = p.id AND r.purpose = '" + PURPOSE + "'"
                + " AND r.channel = 'EMAIL'"
                + " LEFT JOIN (SELECT person_id, COUNT(*) AS purchases,"
                + " MAX(GREATEST(purchased_on, COALESCE(warranty_end, purchased_on),"
                + " COALESCE(contract_end, purchased_on))) AS last_day,"
                + " '|' || STRING_AGG(DISTINCT LOWER(TRIM(product_family)), '|') || '|' AS families,"
                + " MAX(CASE WHEN email_collected_at_sale AND opposition_offered AND NOT opposed THEN 1 ELSE 0 END)"
                + " AS good_sale, MAX(CASE WHEN opposition_offered THEN 1 ELSE 0 END) AS offered_sale"
                + " FROM person_purchase WHERE 1 = 1" + only + " GROUP BY person_id) pp ON pp.person_id = p.id"
                + " LEFT JOIN (SELECT person_id, MAX(seq) AS seq FROM soft_opt_in WHERE channel = 'EMAIL'" + only
                + " GROUP BY person_id) sm ON sm.person_id = p.id"
                + " LEFT JOIN soft_opt_in so ON so.seq = sm.seq"
                + " LEFT JOIN (" + EligibilityQuery.suppressions(only(changed, "ke.person_id"),
                        only(changed, "kp.person_id")) + ") sx ON sx.person_id = p.id"
                + " WHERE p.erasure_requested_at IS NULL";
    }

    /** The condition that keeps the persons listed in {@code prospect_summary_change}, when {@code changed}. */
    private static String only(boolean changed, String column) {
        return changed ? " AND " + column + CHANGED : "";
    }

    private record Mark(OffsetDateTime refreshedAt, long consentSeq, long softSeq, long summaryRows) {
    }

    /** How many persons' rows a step derived, and how many rows the summary holds after it. */
    private record Rows(int derived, long left) {
    }
}
