package org.custodian.prospecting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.prospecting.MessageLink.Origin;
import org.custodian.prospecting.MessageLink.Scope;
import org.custodian.shared.PersonId;
import org.custodian.shared.SqlArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code message_link} table: token hashes, address hashes, no value in clear.
 */
@Repository
class MessageLinks {

    private static final String COLUMNS = "issue_id, scope, origin, person_id, email_hash, campaign_id, issued_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    MessageLinks(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    void insert(String tokenHash, MessageLink link) {
        jdbc.sql(INSERT).params(values(new Issued(tokenHash, link))).update();
    }

    /** Writes many links in one batched statement (a campaign's batch, PRO-5). */
    void insertAll(List<Issued> links) {
        if (!links.isEmpty()) {
            jdbcTemplate.batchUpdate(INSERT, links.stream().map(MessageLinks::values).toList());
        }
    }

    /** A link to write and the hash of its token. */
    record Issued(String tokenHash, MessageLink link) {
    }

    private static final String INSERT = "INSERT INTO message_link (token_hash, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static Object[] values(Issued issued) {
        var link = issued.link();
        return new Object[] {issued.tokenHash(), link.issueId(), link.scope().name(), link.origin().name(),
                link.person() == null ? null : link.person().value(), link.emailHash(), link.campaign(),
                Timestamp.from(link.issuedAt())};
    }

    Optional<MessageLink> find(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message_link WHERE token_hash = ?")
                .param(tokenHash).query(MessageLinks::link).optional();
    }

    /**
     * The link, its row locked until the transaction ends: two clicks of the same link at once (a mail client's
     * one-click POST and the person's own) take their turns, so the second sees what the first recorded.
     */
    Optional<MessageLink> lock(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message_link WHERE token_hash = ? FOR UPDATE")
                .param(tokenHash).query(MessageLinks::link).optional();
    }

    List<MessageLink> of(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message_link WHERE person_id = ? ORDER BY issued_at")
                .param(person.value()).query(MessageLinks::link).list();
    }

    /** Erasure: the links stop naming the person and keep the address's hash. */
    int detach(List<PersonId> persons) {
        if (persons.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE message_link SET person_id = NULL WHERE person_id = ANY(:ids)")
                .param("ids", SqlArrays.persons(persons)).update();
    }

    long countIssued(String emailHash, Origin origin, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM message_link WHERE email_hash = ? AND origin = ? AND issued_at >= ?")
                .params(emailHash, origin.name(), Timestamp.from(since)).query(Long.class).single();
    }

    private static MessageLink link(ResultSet rs, int row) throws SQLException {
        var person = rs.getObject("person_id", UUID.class);
        return new MessageLink(rs.getObject("issue_id", UUID.class), Scope.valueOf(rs.getString("scope")),
                Origin.valueOf(rs.getString("origin")), person == null ? null : new PersonId(person),
                rs.getString("email_hash"), rs.getObject("campaign_id", UUID.class),
                rs.getTimestamp("issued_at").toInstant());
    }
}
