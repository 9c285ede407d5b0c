package org.custodian.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.custodian.shared.DatabaseKind;
import org.custodian.shared.Page;
import org.custodian.shared.PersonId;
import org.custodian.shared.PageRequest;
import org.custodian.shared.SqlArrays;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Status changes are conditional updates, so a claim succeeds for one dispatcher only.
 */
@Repository
class MailOutbox {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final DataSource dataSource;
    private final boolean postgres;

    MailOutbox(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DatabaseKind database) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.dataSource = jdbcTemplate.getDataSource();
        this.postgres = database.postgres();
    }

    /**
     * @param linkBase the unconfirmed public address the message's links were written with ({@code AWAITING_ADDRESS}
     *        only), null otherwise
     */
    void insert(UUID id, PersonId person, OutgoingMail mail, MailStatus status, Instant at, String by,
            String linkBase) {
        jdbc.sql("INSERT INTO mail_message (" + COLUMNS + ") VALUES (" + PLACEHOLDERS + ")")
                .params(row(new Row(id, person, mail, status, linkBase), at, by)).update();
    }

    /** Writes many messages in one batched statement (a campaign's batch). */
    void insertAll(List<Row> rows, Instant at, String by) {
        if (rows.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("INSERT INTO mail_message (" + COLUMNS + ") VALUES (" + PLACEHOLDERS + ")",
                rows.stream().map(row -> row(row, at, by).toArray()).toList());
    }

    private static final String COLUMNS = """
            id, created_at, created_by, category, recipient, subject, text_body, html_body, headers, status, attempts,
            next_attempt_at, person_id, link_base, sender""";
    private static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?";

    private static List<Object> row(Row row, Instant at, String by) {
        var mail = row.mail();
        var values = new ArrayList<Object>();
        values.add(row.id());
        values.add(Timestamp.from(at));
        values.add(by);
        values.add(mail.category());
        values.add(mail.to());
        values.add(mail.subject());
        values.add(mail.text());
        values.add(mail.html());
        values.add(encodeHeaders(mail.headers()));
        values.add(row.status().name());
        values.add(row.status() == MailStatus.QUEUED ? Timestamp.from(at) : null);
        values.add(row.person() == null ? null : row.person().value());
        values.add(row.linkBase());
        values.add(mail.sender());
        return values;
    }

    /** One message to write, with the status it starts in. */
    record Row(UUID id, PersonId person, OutgoingMail mail, MailStatus status, String linkBase) {
    }

    /**
     * The messages waiting for the public address get their links rewritten to the confirmed one and become
     * {@code next}: queued (sent by the next sweep) or held (no SMTP server).
     */
    int releaseAwaitingAddress(String url, MailStatus next, Instant at) {
        return jdbc.sql("""
                        UPDATE mail_message SET text_body = REPLACE(text_body, link_base, ?),
                            html_body = REPLACE(html_body, link_base, ?), status = ?, next_attempt_at = ?,
                            link_base = NULL
                        WHERE status = 'AWAITING_ADDRESS'""")
                .params(url, url, next.name(), next == MailStatus.QUEUED ? Timestamp.from(at) : null).update();
    }

    /** The messages written to the person, or to one of their addresses (lower-cased), oldest first. */
    List<MailView> ofPerson(PersonId person, List<String> addresses) {
        var where = ofPersonsWhere(List.of(person), addresses);
        return jdbc.sql("SELECT * FROM mail_message WHERE " + where.sql() + " ORDER BY created_at, id")
                .params(where.params()).query(MailOutbox::view).list();
    }

    /** Deletes the messages written to the persons, or to one of their addresses (lower-cased). */
    int deleteOfPersons(Collection<PersonId> persons, Collection<String> addresses) {
        if (persons.isEmpty()) {
            return 0;
        }
        var where = ofPersonsWhere(persons, addresses);
        return jdbc.sql("DELETE FROM mail_message WHERE " + where.sql()).params(where.params()).update();
    }

    private static Where ofPersonsWhere(Collection<PersonId> persons, Collection<String> addresses) {
        var params = new HashMap<String, Object>();
        params.put("persons", SqlArrays.persons(persons));
        if (addresses.isEmpty()) {
            return new Where("person_id = ANY(:persons)", params);
        }
        params.put("addresses", SqlArrays.texts(addresses));
        return new Where("(person_id = ANY(:persons) OR LOWER(recipient) = ANY(:addresses))", params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    Map<MailStatus, Long> countByStatus(String category) {
        var counts = new java.util.EnumMap<MailStatus, Long>(MailStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_message WHERE category = ? GROUP BY status").param(category)
                .query((rs, row) -> counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    Optional<MailView> find(UUID id) {
        return jdbc.sql("SELECT * FROM mail_message WHERE id = ?").param(id).query(MailOutbox::view).optional();
    }

    /**
     * @param byRecipient whether the text is also looked for in the recipients
     */
    Page<MailView> search(String text, boolean byRecipient, MailStatus status, PageRequest page) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new ArrayList<Object>();
        if (text != null && !text.isBlank()) {
            var like = "%" + text.strip().toLowerCase() + "%";
            if (byRecipient) {
                where.append(" AND (LOWER(recipient) LIKE ? OR LOWER(subject) LIKE ?)");
                params.add(like);
            } else {
                where.append(" AND LOWER(subject) LIKE ?");
            }
            params.add(like);
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        var total = jdbc.sql("SELECT COUNT(*) FROM mail_message" + where).params(params).query(Long.class).single();
        var rows = new ArrayList<>(params);
        rows.add(page.size());
        rows.add(page.offset());
        var content = jdbc.sql("SELECT * FROM mail_message" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(rows).query(MailOutbox::view).list();
        return new Page<>(content, page.page(), page.size(), total);
    }

    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM mail_message WHERE status IN ('QUEUED', 'FAILED') AND next_attempt_at <= ?
                        ORDER BY next_attempt_at LIMIT ?""")
                .params(Timestamp.from(now), limit)
                .query(UUID.class).list();
    }

    /**
     * Claims each of these messages with a conditional update (compare-and-set: one dispatcher wins each), in one
     * batched statement; answers those this call claimed.
     */
    List<UUID> claimAll(List<UUID> ids, Instant at) {
        var counts = jdbcTemplate.batchUpdate("""
                        UPDATE mail_message SET status = 'SENDING', next_attempt_at = ?
                        WHERE id = ? AND status IN ('QUEUED', 'FAILED')""",
                ids.stream().map(id -> new Object[] {Timestamp.from(at), id}).toList());
        var claimed = new ArrayList<UUID>();
        for (var i = 0; i < ids.size(); i++) {
            if (counts[i] == 1) {
                claimed.add(ids.get(i));
            }
        }
        return claimed;
    }

    /** These messages, in the order of {@code ids}. */
    List<MailView> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = new java.util.HashMap<UUID, MailView>();
        jdbc.sql("SELECT * FROM mail_message WHERE id IN (:ids)").param("ids", ids).query(MailOutbox::view).list()
                .forEach(mail -> found.put(mail.id(), mail));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Marks claimed messages sent one by one as the server takes them (PRO-5: each recorded before the server holds it,
     * see SmtpTransport), each in a statement committed on its own, over one connection and one prepared statement
     * for a whole delivery chunk: a round trip per message, without a pool checkout or a parse each time. On PostgreSQL
     * those commits do not wait for the disk (synchronous_commit off for these statements' transactions only): a mark
     * must outlive the node that writes it, killed or not, which it does once the server has it; waiting for a flush per
     * message would halve the send speed. Only a crash of the database server itself within a fraction of a second
     * could lose one, and that message would be sent again.
     */
    SentMarks sentMarks() {
        Connection connection = null;
        try {
            // A connection of its own, whatever transaction the caller is in: each mark must be committed at once.
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            return new SentMarks(connection, connection.prepareStatement("""
                    UPDATE mail_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1,
                        last_error = NULL, next_attempt_at = NULL
                    WHERE id = ? AND status = 'SENDING'""" + (postgres
                    ? " AND set_config('synchronous_commit', 'off', TRUE) IS NOT NULL" : "")));
        } catch (SQLException e) {
            JdbcUtils.closeConnection(connection);
            throw new UncategorizedSQLException("opening the sent marks of a delivery", null, e);
        }
    }

    /** The marks of one delivery chunk; closed once the chunk is delivered. */
    static final class SentMarks implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement update;

        private SentMarks(Connection connection, PreparedStatement update) {
            this.connection = connection;
            this.update = update;
        }

        void mark(UUID id, Instant at) {
            try {
                update.setTimestamp(1, Timestamp.from(at));
                update.setObject(2, id);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new UncategorizedSQLException("marking a message sent", null, e);
            }
        }

        @Override
        public void close() {
            JdbcUtils.closeStatement(update);
            JdbcUtils.closeConnection(connection);
        }
    }

    void markFailed(UUID id, String error, Instant retryAt) {
        jdbc.sql("""
                        UPDATE mail_message SET status = 'FAILED', attempts = attempts + 1, last_error = ?,
                            next_attempt_at = ?
                        WHERE id = ?""")
                .params(error, retryAt == null ? null : Timestamp.from(retryAt), id).update();
    }

    /** A claimed message that must not leave any more (the recipient unsubscribed meanwhile). */
    void markWithdrawn(UUID id, String reason) {
        jdbc.sql("""
                        UPDATE mail_message SET status = 'WITHDRAWN', last_error = ?, next_attempt_at = NULL
                        WHERE id = ? AND status = 'SENDING'""")
                .params(reason, id).update();
    }

    /**
     * A sent message the recipient's server reported as undeliverable for good; once only (a second report changes
     * nothing), and only a message that was sent.
     *
     * @return whether the message was marked now
     */
    boolean markBounced(UUID id, String status, String diagnostic, Instant at) {
        return jdbc.sql("""
                        UPDATE mail_message SET status = 'BOUNCED', bounced_at = ?, bounce_status = ?, last_error = ?
                        WHERE id = ? AND status = 'SENT'""")
                .params(Timestamp.from(at), status, diagnostic, id).update() == 1;
    }

    /** Claims left behind by a node that stopped mid-send are offered again. */
    int releaseStaleClaims(Instant claimedBefore) {
        return jdbc.sql("UPDATE mail_message SET status = 'FAILED' WHERE status = 'SENDING' AND next_attempt_at < ?")
                .param(Timestamp.from(claimedBefore)).update();
    }

    int purgeBefore(Instant before) {
        return jdbc.sql("DELETE FROM mail_message WHERE created_at < ? AND status IN ('SENT', 'HELD', 'FAILED', 'AWAITING_ADDRESS', 'WITHDRAWN', 'BOUNCED')")
                .param(Timestamp.from(before)).update();
    }

    private static MailView view(ResultSet rs, int row) throws SQLException {
        var sentAt = rs.getObject("sent_at", OffsetDateTime.class);
        return new MailView(rs.getObject("id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getString("category"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("text_body"), rs.getString("html_body"), decodeHeaders(rs.getString("headers")),
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                sentAt == null ? null : sentAt.toInstant(), rs.getString("sender"));
    }

    // Header values were checked for line breaks (OutgoingMail), so one header per line is unambiguous.
    private static String encodeHeaders(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        var lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    private static Map<String, String> decodeHeaders(String encoded) {
        var headers = new LinkedHashMap<String, String>();
        if (encoded != null) {
            for (var line : encoded.split("\n")) {
                var colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }
}
