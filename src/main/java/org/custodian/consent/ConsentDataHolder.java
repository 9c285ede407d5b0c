package org.custodian.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.SqlArrays;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.Kept;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's consents, objections and withdrawals with their proof, and their pending double opt-in requests
 * (DSR-3, DSR-5).
 *
 * <p>The ledger is append-only (PRO-1) with one documented exception, here: a person's erasure deletes their consents
 * and anonymises the proof of their objections and withdrawals (IP address and user agent), which is kept for
 * {@link ObjectionProofRetention}, so that the controller can still show that the person's choice was honoured. Their
 * soft opt-in evidence is deleted with their consents (an objection at a sale stays as its objection record).
 */
@Component
class ConsentDataHolder implements PersonalDataHolder {

    static final String SECTION = "consent";
    /** The events whose proof outlives the erasure. */
    private static final String KEPT_EVENTS = "('OBJECTED', 'WITHDRAWN')";

    private final ConsentRecords records;
    private final SoftOptIns softOptIns;
    private final JdbcClient jdbc;
    private final ObjectionProofRetention retention;

    ConsentDataHolder(ConsentRecords records, SoftOptIns softOptIns, JdbcClient jdbc, ConsentProperties properties) {
        this.records = records;
        this.softOptIns = softOptIns;
        this.jdbc = jdbc;
        this.retention = new ObjectionProofRetention(properties.objectionProofRetention());
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        var proof = List.of("consent, objection or withdrawal: purpose, channel, time", "text agreed to", "form and "
                + "notice versions", "source", "IP address", "user agent");
        return List.of(
                new HeldData("consent_record", proof, "PROSPECTING", "consents: as long as the prospecting data; "
                        + "objections and withdrawals: anonymised, for the limitation period after the person's "
                        + "erasure (CNIL standard on commercial management, § 7)"),
                new HeldData("consent_request", List.of("pending double opt-in: purpose, channel, text, IP address, "
                        + "user agent"), "PROSPECTING", "until confirmed or until the link expires"),
                new HeldData("soft_opt_in", List.of("soft opt-in evidence: channel, sale reference and purchase, day "
                        + "the address was collected, whether and how the person was offered to object, whether they "
                        + "objected", "source", "IP address", "user agent"), "PROSPECTING", "as long as the "
                        + "prospecting data; an objection at the sale is also kept as an objection record"),
                new HeldData("consent_mail_quota", List.of("number of confirmation mails sent to the person per day"),
                        "PROSPECTING", "until the end of its day"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var pending = jdbc.sql("""
                        SELECT r.id, r.purpose, r.channel, r.proof, r.source, t.text, r.form_ref, r.form_version,
                               r.notice_version, r.ip_address, r.user_agent, r.requested_at, r.requested_by, r.expires_at
                        FROM consent_request r JOIN consent_text t ON t.hash = r.text_hash
                        WHERE r.person_id = ? ORDER BY r.requested_at""")
                .param(person.value())
                .query((rs, row) -> new PendingConsentRecord(rs.getObject("id", UUID.class),
                        rs.getString("purpose"), Channel.valueOf(rs.getString("channel")),
                        ProofKind.valueOf(rs.getString("proof")), rs.getString("source"), rs.getString("text"),
                        rs.getString("form_ref"), rs.getObject("form_version", Integer.class),
                        rs.getObject("notice_version", Integer.class), rs.getString("ip_address"),
                        rs.getString("user_agent"), rs.getTimestamp("requested_at").toInstant(),
                        rs.getString("requested_by"), rs.getTimestamp("expires_at").toInstant()))
                .list();
        var quota = jdbc.sql("SELECT quota_day, mails FROM consent_mail_quota WHERE person_id = ? ORDER BY quota_day")
                .param(person.value())
                .query((rs, row) -> new ConfirmationMailsOfDay(rs.getObject("quota_day", LocalDate.class),
                        rs.getInt("mails")))
                .list();
        return SubjectExport.of(SECTION)
                .with("consent_records", records.history(person.value()))
                .with("soft_opt_in_evidence", softOptIns.history(person.value()))
                .with("pending_confirmations", pending)
                .with("confirmation_mails_per_day", quota);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var id = person.value();
        var erased = jdbc.sql("DELETE FROM consent_request WHERE person_id = ?").param(id).update()
                + jdbc.sql("DELETE FROM consent_mail_quota WHERE person_id = ?").param(id).update()
                + jdbc.sql("DELETE FROM soft_opt_in WHERE person_id = ?").param(id).update()
                + jdbc.sql("DELETE FROM consent_record WHERE person_id = ? AND event NOT IN " + KEPT_EVENTS)
                        .param(id).update();
        var anonymised = jdbc.sql("UPDATE consent_record SET ip_address = NULL, user_agent = NULL,"
                        + " confirmation_ip = NULL, confirmation_user_agent = NULL"
                        + " WHERE person_id = ? AND event IN " + KEPT_EVENTS
                        + " AND (ip_address IS NOT NULL OR user_agent IS NOT NULL OR confirmation_ip IS NOT NULL"
                        + " OR confirmation_user_agent IS NOT NULL)")
                .param(id).update();
        var kept = jdbc.sql("SELECT COUNT(*) AS kept, MAX(recorded_at) AS latest FROM consent_record"
                        + " WHERE person_id = ? AND event IN " + KEPT_EVENTS)
                .param(id)
                .query((rs, row) -> {
                    var count = rs.getLong("kept");
                    var latest = rs.getObject("latest", OffsetDateTime.class);
                    return latest == null ? Optional.<Kept>empty() : Optional.of(new Kept(count + " objection or "
                            + "withdrawal record(s), without IP address or user agent", retention.legalReason(),
                            retention.until(latest.toInstant())));
                })
                .single();
        return new ErasureResult(SECTION, erased, anonymised, kept.stream().toList());
    }
    /**
     * The batch form (RET-3): the same outcome as {@link #erase} for every person, one statement per table, in the
     * caller's transaction; the kept proofs are declared by {@link #erase} and the inventory.
     */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        if (batch.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        var ids = SqlArrays.persons(batch);
        var erased = 0;
        for (var statement : List.of("DELETE FROM consent_request WHERE person_id = ANY(:ids)",
                "DELETE FROM consent_mail_quota WHERE person_id = ANY(:ids)",
                "DELETE FROM soft_opt_in WHERE person_id = ANY(:ids)",
                "DELETE FROM consent_record WHERE person_id = ANY(:ids) AND event NOT IN " + KEPT_EVENTS)) {
            erased += jdbc.sql(statement).param("ids", ids).update();
        }
        var anonymised = jdbc.sql("UPDATE consent_record SET ip_address = NULL, user_agent = NULL,"
                        + " confirmation_ip = NULL, confirmation_user_agent = NULL"
                        + " WHERE person_id = ANY(:ids) AND event IN " + KEPT_EVENTS
                        + " AND (ip_address IS NOT NULL OR user_agent IS NOT NULL OR confirmation_ip IS NOT NULL"
                        + " OR confirmation_user_agent IS NOT NULL)")
                .param("ids", ids)
                .update();
        return new ErasureResult(SECTION, erased, anonymised, List.of());
    }


    /**
     * A double opt-in the person has not confirmed yet, with the text it would confirm; the token is not exported
     * (only its hash is stored, and it proves nothing about the person).
     */
    record PendingConsentRecord(UUID id, String purpose, Channel channel, ProofKind proof, String source,
            String text, String formRef, Integer formVersion, Integer noticeVersion, String ip, String userAgent,
            Instant requestedAt, String requestedBy, Instant expiresAt) {
    }

    /** How many confirmation mails the person's address received on one day (the limit of PRO-1). */
    record ConfirmationMailsOfDay(LocalDate day, int mails) {
    }
}
