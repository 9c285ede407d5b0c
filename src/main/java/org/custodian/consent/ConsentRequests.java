package org.custodian.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pending double opt-in requests. Unlike the ledger these are removed: once confirmed (their proof
 * moves into the ledger) or once expired (an unconfirmed request is not a consent and is not kept). A person has at
 * most one pending request per purpose × channel (a unique key, so that two submissions at once cannot both add
 * one), and the requests mailed together share the token of that mail's link.
 */
@Repository
class ConsentRequests {

    private final JdbcClient jdbc;

    ConsentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a request unless one is already pending for its person, purpose and channel; false then. */
    boolean insertIfAbsent(PendingConsent pending, String tokenHash) {
        return jdbc.sql("""
                        INSERT INTO consent_request (id, token_hash, person_id, purpose, channel, proof, source,
                            text_hash, form_ref, form_version, notice_version, ip_address, user_agent, requested_at,
                            requested_by, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(pending.id(), tokenHash, pending.personId(), pending.purpose(), pending.channel().name(),
                        pending.proof().name(), pending.source(), pending.textHash(), pending.formRef(),
                        pending.formVersion(), pending.noticeVersion(), pending.ip(), pending.userAgent(),
                        Timestamp.from(pending.requestedAt()), pending.requestedBy(), Timestamp.from(pending.expiresAt()))
                .update() == 1;
    }

    /** The requests a link confirms, in the order they were asked. */
    List<PendingConsent> findValid(String tokenHash, Instant now) {
        return jdbc.sql("SELECT * FROM consent_request WHERE token_hash = ? AND expires_at > ? ORDER BY requested_at, id")
                .params(tokenHash, Timestamp.from(now))
                .query(ConsentRequests::pending)
                .list();
    }

    List<PendingConsent> pendingFor(UUID personId, Instant now) {
        return jdbc.sql("SELECT * FROM consent_request WHERE person_id = ? AND expires_at > ? ORDER BY requested_at")
                .params(personId, Timestamp.from(now))
                .query(ConsentRequests::pending)
                .list();
    }

    /** Removes a request; false when another confirmation already took it. */
    boolean remove(UUID id) {
        return jdbc.sql("DELETE FROM consent_request WHERE id = ?").param(id).update() == 1;
    }

    /** Clears a person's expired requests, which would otherwise hold the place of a new one until the purge. */
    void purgeExpired(UUID personId, Instant now) {
        jdbc.sql("DELETE FROM consent_request WHERE person_id = ? AND expires_at <= ?")
                .params(personId, Timestamp.from(now)).update();
    }

    int purgeExpired(Instant now) {
        return jdbc.sql("DELETE FROM consent_request WHERE expires_at <= ?").param(Timestamp.from(now)).update();
    }

    private static PendingConsent pending(ResultSet rs, int row) throws SQLException {
        var formVersion = rs.getInt("form_version");
        var formVersionValue = rs.wasNull() ? null : formVersion;
        var noticeVersion = rs.getInt("notice_version");
        var noticeVersionValue = rs.wasNull() ? null : noticeVersion;
        return new PendingConsent(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("purpose"), Channel.valueOf(rs.getString("channel")),
                ProofKind.valueOf(rs.getString("proof")), rs.getString("source"), rs.getString("text_hash"),
                rs.getString("form_ref"), formVersionValue, noticeVersionValue, rs.getString("ip_address"),
                rs.getString("user_agent"), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                rs.getString("requested_by"), rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
