package org.custodian.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based reads of where persons stand on consent and soft opt-in (issue 9 §1), for eligibility over a whole file:
 * one statement, never a loop over persons. The state is the ledger's latest record of each person × purpose ×
 * channel, as {@link ConsentLedger#current} derives it for one person — the same rule, in SQL.
 *
 * <p>Two views hold it, created by migration V33, which another module's SQL may join to its own tables (its reads
 * are then its own to audit):
 * <ul>
 * <li>{@value #CURRENT_CONSENT_VIEW}: {@code person_id, purpose, channel, record_id, event} (GIVEN, WITHDRAWN,
 * OBJECTED), {@code proof, status} (ACTIVE, ACTIVE_WITHOUT_PROOF, WITHDRAWN, OBJECTED), {@code recorded_at,
 * confirmed_at, confirmed} (boolean: confirmed from the person's mailbox). A pending double opt-in is not a consent and
 * is not in it. An opposition at a sale is an OBJECTED row of PROSPECTING.</li>
 * <li>{@value #SOFT_OPT_IN_VIEW}: {@code person_id, channel, evidence_id, status} (VALID, OPPOSED,
 * NO_OPPOSITION_OFFERED), {@code sale_reference, purchase_id, collected_on, opposition_offered, opposed,
 * recorded_at}: the latest soft opt-in evidence of each person × channel.</li>
 * </ul>
 * On PostgreSQL a join of either view to {@code person} over the whole file is a hash anti-join of the ledger with
 * itself, then a hash join (docs/DEVELOPING.md shows the plan).
 */
@Service
public class ConsentFacts {

    /** The view of the current consent state per person × purpose × channel. */
    public static final String CURRENT_CONSENT_VIEW = "consent_current";
    /** The view of the current soft opt-in per person × channel. */
    public static final String SOFT_OPT_IN_VIEW = "soft_opt_in_current";

    /** How many ids go into one {@code IN} list. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditLog audit;

    ConsentFacts(JdbcClient jdbc, JdbcTemplate template, AuditLog audit) {
        this.jdbc = jdbc;
        // A template of its own, so that the whole file streams in pages of rows (PostgreSQL needs the fetch size
        // and a transaction) without changing the shared one.
        this.template = new JdbcTemplate(template.getDataSource());
        this.template.setFetchSize(CHUNK);
        this.audit = audit;
    }

    /**
     * Streams the current state of every person × channel of the purpose, over the whole file, in one query; audited
     * as one search.
     *
     * @param purpose a register activity code, e.g. {@code PROSPECTING}
     * @param sink    receives each fact, ordered by person
     */
    @Transactional(readOnly = true)
    public void forAll(String purpose, Consumer<ConsentFact> sink) {
        template.query("SELECT * FROM " + CURRENT_CONSENT_VIEW + " WHERE purpose = ? ORDER BY person_id, channel",
                rs -> {
                    sink.accept(fact(rs));
                }, purpose);
        audit.personalData(AuditAction.SEARCH, "consent", null, purpose, "current consents of the whole file");
    }

    /**
     * The current state of every purpose × channel of these persons, in one query per thousand persons; audited as
     * one search.
     */
    @Transactional(readOnly = true)
    public List<ConsentFact> forPersons(Collection<UUID> personIds) {
        var facts = new ArrayList<ConsentFact>();
        var ids = List.copyOf(personIds);
        for (var from = 0; from < ids.size(); from += CHUNK) {
            facts.addAll(jdbc.sql("SELECT * FROM " + CURRENT_CONSENT_VIEW
                            + " WHERE person_id IN (:ids) ORDER BY person_id, purpose, channel")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, row) -> fact(rs))
                    .list());
        }
        audit.personalData(AuditAction.SEARCH, "consent", null, null,
                "current consents of " + ids.size() + " person(s)");
        return facts;
    }

    /** Streams the current soft opt-in of every person × channel of the file, in one query; audited as one search. */
    @Transactional(readOnly = true)
    public void softOptInsForAll(Consumer<SoftOptInState> sink) {
        template.query("SELECT * FROM " + SOFT_OPT_IN_VIEW + " ORDER BY person_id, channel",
                rs -> {
                    sink.accept(softOptIn(rs));
                });
        audit.personalData(AuditAction.SEARCH, "consent", null, ConsentLedger.PROSPECTING,
                "soft opt-in evidence of the whole file");
    }

    /** The current soft opt-in of these persons, in one query per thousand persons; audited as one search. */
    @Transactional(readOnly = true)
    public List<SoftOptInState> softOptInsFor(Collection<UUID> personIds) {
        var states = new ArrayList<SoftOptInState>();
        var ids = List.copyOf(personIds);
        for (var from = 0; from < ids.size(); from += CHUNK) {
            states.addAll(jdbc.sql("SELECT * FROM " + SOFT_OPT_IN_VIEW
                            + " WHERE person_id IN (:ids) ORDER BY person_id, channel")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, row) -> softOptIn(rs))
                    .list());
        }
        audit.personalData(AuditAction.SEARCH, "consent", null, ConsentLedger.PROSPECTING,
                "soft opt-in evidence of " + ids.size() + " person(s)");
        return states;
    }

    private static ConsentFact fact(ResultSet rs) throws SQLException {
        return new ConsentFact(rs.getObject("person_id", UUID.class), rs.getString("purpose"),
                Channel.valueOf(rs.getString("channel")), rs.getObject("record_id", UUID.class),
                ConsentEvent.valueOf(rs.getString("event")), ConsentStatus.valueOf(rs.getString("status")),
                ProofKind.valueOf(rs.getString("proof")), instant(rs, "recorded_at"), instant(rs, "confirmed_at"));
    }

    private static SoftOptInState softOptIn(ResultSet rs) throws SQLException {
        return new SoftOptInState(rs.getObject("evidence_id", UUID.class), rs.getObject("person_id", UUID.class),
                Channel.valueOf(rs.getString("channel")), SoftOptInStatus.valueOf(rs.getString("status")),
                rs.getString("sale_reference"), rs.getObject("purchase_id", UUID.class),
                rs.getObject("collected_on", LocalDate.class), rs.getBoolean("opposition_offered"),
                rs.getBoolean("opposed"), instant(rs, "recorded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
