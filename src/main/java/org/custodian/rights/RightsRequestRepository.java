package org.custodian.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the rights requests (migration V43). */
@Repository
class RightsRequestRepository {

    private static final String COLUMNS = """
            r.id, r.kind, r.channel, r.received_on, r.email, r.first_names, r.last_name, r.postcode, r.phone,
            r.message, r.language, r.status, r.deadline, r.paused_days, r.extended_until, r.extension_reason, r.extension_told_at,
            r.created_by, r.created_at, r.updated_at, r.answered_at,
            (SELECT MAX(p.paused_on) FROM rights_request_pause p WHERE p.request_id = r.id AND p.resumed_on IS NULL)
                AS paused_since,
            (SELECT COUNT(*) FROM rights_request_person m WHERE m.request_id = r.id) AS matched""";

    private final JdbcClient jdbc;

    RightsRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, NewRightsRequest request, LocalDate deadline, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO rights_request (id, kind, channel, received_on, email, first_names, last_name,
                            postcode, phone, message, language, status, deadline, created_by, created_at, updated_at)
                        VALUES (:id, :kind, :channel, :receivedOn, :email, :firstNames, :lastName, :postcode, :phone,
                            :message, :language, 'RECEIVED', :deadline, :actor, :at, :at)""")
                .param("id", id)
                .param("kind", request.kind().name())
                .param("channel", request.channel().name())
                .param("receivedOn", request.receivedOn())
                .param("email", request.email())
                .param("firstNames", request.firstNames())
                .param("lastName", request.lastName())
                .param("postcode", request.postcode())
                .param("phone", request.phone())
                .param("message", request.message())
                .param("language", request.language().getLanguage())
                .param("deadline", deadline)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<StoredRequest> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_request r WHERE r.id = ?").param(id)
                .query(RightsRequestRepository::stored).optional();
    }

    /** The request with its row locked until the transaction ends: its changes happen one at a time. */
    Optional<StoredRequest> lock(UUID id) {
        var locked = jdbc.sql("SELECT id FROM rights_request WHERE id = ? FOR UPDATE").param(id)
                .query(UUID.class).optional();
        return locked.flatMap(this::find);
    }

    /**
     * One page of the requests the filter selects, open ones first, by deadline; {@code text} matches the requester's
     * names, e-mail address or phone, case ignored.
     */
    List<StoredRequest> list(RequestFilter filter, String text, LocalDate today, long offset, int limit) {
        var where = where(filter, text, today);
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_request r" + where.sql()
                        + " ORDER BY CASE WHEN r.status IN ('RECEIVED', 'WAITING_FOR_PERSON') THEN 0 ELSE 1 END,"
                        + " r.deadline, r.received_on, r.id LIMIT ? OFFSET ?")
                .params(with(where.params(), limit, offset))
                .query(RightsRequestRepository::stored).list();
    }

    long count(RequestFilter filter, String text, LocalDate today) {
        var where = where(filter, text, today);
        return jdbc.sql("SELECT COUNT(*) FROM rights_request r" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    private static List<Object> with(List<Object> params, Object... more) {
        var all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }

    private static Where where(RequestFilter filter, String text, LocalDate today) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        var params = new ArrayList<Object>();
        switch (filter) {
            case DUE_THIS_WEEK -> {
                sql.append(" AND r.status = 'RECEIVED' AND r.deadline >= ? AND r.deadline <= ?");
                params.add(today);
                params.add(today.plusDays(RequestDeadline.WEEK - 1L));
            }
            case LATE -> {
                sql.append(" AND r.status = 'RECEIVED' AND r.deadline < ?");
                params.add(today);
            }
            case WAITING -> sql.append(" AND r.status = 'WAITING_FOR_PERSON'");
            case OPEN -> sql.append(" AND r.status IN ('RECEIVED', 'WAITING_FOR_PERSON')");
            case ALL -> {
            }
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND (LOWER(r.email) LIKE ? ESCAPE '\\' OR LOWER(r.last_name) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(r.first_names) LIKE ? ESCAPE '\\' OR r.phone LIKE ? ESCAPE '\\')");
            var like = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
            params.addAll(List.of(like, like, like, like));
        }
        return new Where(sql.toString(), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Where(String sql, List<Object> params) {
    }

    void updateDeadline(UUID id, LocalDate deadline, Instant at) {
        jdbc.sql("UPDATE rights_request SET deadline = ?, updated_at = ? WHERE id = ?")
                .params(deadline, Timestamp.from(at), id).update();
    }

    void extend(UUID id, LocalDate extendedUntil, String reason, UUID mailId, Instant at) {
        jdbc.sql("""
                        UPDATE rights_request SET extended_until = ?, deadline = ?, extension_reason = ?,
                            extension_told_at = ?, extension_mail_id = ?, updated_at = ? WHERE id = ?""")
                .params(extendedUntil, extendedUntil, reason, Timestamp.from(at), mailId, Timestamp.from(at), id)
                .update();
    }

    void pause(UUID id, String reason, LocalDate pausedOn, String actor, UUID mailId, Instant at) {
        jdbc.sql("""
                        INSERT INTO rights_request_pause (request_id, reason, paused_on, asked_by, asked_at, mail_id)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, reason, pausedOn, actor, Timestamp.from(at), mailId).update();
        jdbc.sql("UPDATE rights_request SET status = 'WAITING_FOR_PERSON', updated_at = ? WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    /** Ends the running pause on {@code resumedOn}, adds its days to the request and sets its new deadline. */
    void resume(UUID id, LocalDate resumedOn, long days, LocalDate deadline, String actor, Instant at) {
        jdbc.sql("""
                        UPDATE rights_request_pause SET resumed_on = ?, resumed_by = ?, resumed_at = ?
                        WHERE request_id = ? AND resumed_on IS NULL""")
                .params(resumedOn, actor, Timestamp.from(at), id).update();
        jdbc.sql("""
                        UPDATE rights_request SET status = 'RECEIVED', paused_days = paused_days + ?, deadline = ?,
                            updated_at = ? WHERE id = ?""")
                .params(days, deadline, Timestamp.from(at), id).update();
    }

    List<PauseRow> pauses(UUID id) {
        return jdbc.sql("""
                        SELECT reason, paused_on, asked_by, asked_at, resumed_on, resumed_by FROM rights_request_pause
                        WHERE request_id = ? ORDER BY paused_on, id""")
                .param(id)
                .query((rs, row) -> new PauseRow(rs.getString("reason"), rs.getObject("paused_on", LocalDate.class),
                        rs.getString("asked_by"), rs.getTimestamp("asked_at").toInstant(),
                        rs.getObject("resumed_on", LocalDate.class), rs.getString("resumed_by")))
                .list();
    }

    /** A pause as stored. */
    record PauseRow(String reason, LocalDate pausedOn, String askedBy, Instant askedAt, LocalDate resumedOn,
            String resumedBy) {
    }

    List<MatchedPerson> matches(UUID id) {
        return jdbc.sql("""
                        SELECT person_id, matched_by, confidence, confirmed_by, confirmed_at FROM rights_request_person
                        WHERE request_id = ? ORDER BY confirmed_at, person_id""")
                .param(id)
                .query(RightsRequestRepository::match).list();
    }

    /** Records a match; false when this person was already matched to the request. */
    boolean match(UUID id, PersonId person, MatchedBy matchedBy, Confidence confidence, String actor, Instant at) {
        var exists = jdbc.sql("SELECT COUNT(*) FROM rights_request_person WHERE request_id = ? AND person_id = ?")
                .params(id, person.value()).query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO rights_request_person (request_id, person_id, matched_by, confidence, confirmed_by,
                            confirmed_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, person.value(), matchedBy.name(), confidence.name(), actor, Timestamp.from(at)).update();
        jdbc.sql("UPDATE rights_request SET updated_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
        return true;
    }

    /**
     * The requests a person was matched to, or made from one of their addresses (lower-cased), oldest first.
     */
    List<StoredRequest> ofPerson(PersonId person, List<String> emailAddresses) {
        var byAddress = emailAddresses.isEmpty() ? "" : " OR LOWER(r.email) IN (:addresses)";
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_request r WHERE r.id IN"
                        + " (SELECT request_id FROM rights_request_person WHERE person_id = :person)" + byAddress
                        + " ORDER BY r.received_on, r.id")
                .param("person", person.value())
                .params(emailAddresses.isEmpty() ? Map.of() : Map.of("addresses", emailAddresses))
                .query(RightsRequestRepository::stored).list();
    }

    /**
     * Deletes the persons' matches, and unties them from the identity checks that compared a request with their
     * record; the requests themselves stay (RET-4).
     */
    int deleteMatches(List<PersonId> persons) {
        if (persons.isEmpty()) {
            return 0;
        }
        var ids = SqlArrays.persons(persons);
        jdbc.sql("UPDATE rights_identity_check SET on_file_person_id = NULL WHERE on_file_person_id = ANY(:ids)")
                .param("ids", ids).update();
        return jdbc.sql("DELETE FROM rights_request_person WHERE person_id = ANY(:ids)").param("ids", ids).update();
    }

    private static MatchedPerson match(ResultSet rs, int row) throws SQLException {
        return new MatchedPerson(new PersonId(rs.getObject("person_id", UUID.class)),
                MatchedBy.valueOf(rs.getString("matched_by")), Confidence.valueOf(rs.getString("confidence")),
                rs.getString("confirmed_by"), rs.getTimestamp("confirmed_at").toInstant());
    }

    private static StoredRequest stored(ResultSet rs, int row) throws SQLException {
        return new StoredRequest(rs.getObject("id", UUID.class), RightsKind.valueOf(rs.getString("kind")),
                RequestChannel.valueOf(rs.getString("channel")), rs.getObject("received_on", LocalDate.class),
                rs.getString("email"), rs.getString("first_names"), rs.getString("last_name"),
                rs.getString("postcode"), rs.getString("phone"), rs.getString("message"),
                Locale.forLanguageTag(rs.getString("language")), RequestStatus.valueOf(rs.getString("status")), rs.getObject("deadline", LocalDate.class),
                rs.getLong("paused_days"), rs.getObject("paused_since", LocalDate.class),
                rs.getObject("extended_until", LocalDate.class), rs.getString("extension_reason"),
                instant(rs, "extension_told_at"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "answered_at"), rs.getInt("matched"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A request as stored. */
    record StoredRequest(UUID id, RightsKind kind, RequestChannel channel, LocalDate receivedOn, String email,
            String firstNames, String lastName, String postcode, String phone, String message, Locale language,
            RequestStatus status, LocalDate storedDeadline, long pausedDays, LocalDate pausedSince,
            LocalDate extendedUntil, String extensionReason, Instant extensionToldAt, String createdBy,
            Instant createdAt, Instant updatedAt, Instant answeredAt, int matched) {

        RequestDeadline deadline(LocalDate today) {
            return RequestDeadline.derive(receivedOn, extendedUntil != null, pausedDays, pausedSince, today);
        }
    }
}
