package org.custodian.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code legal_hold} (V52). */
@Repository
class LegalHoldRepository {

    private static final String COLUMNS = "id, person_id, archived_person_id, rights_request_id, reason, owner, end_on, review_on,"
            + " placed_at, placed_by, released_at, released_by, release_reason";
    /** Holding on :today: not released, and its end date (if any) not passed. */
    private static final String HOLDING = "released_at IS NULL AND (end_on IS NULL OR end_on >= :today)";
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    LegalHoldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored hold as its columns say, before its state of the day and its name are added. */
    record Row(UUID id, PersonId personId, boolean archived, UUID rightsRequestId, String reason, String owner, LocalDate endOn,
            LocalDate reviewOn, Instant placedAt, String placedBy, Instant releasedAt, String releasedBy,
            String releaseReason) {

        LegalHold on(LocalDate today) {
            return new LegalHold(id, personId, archived, rightsRequestId, reason, owner, endOn, reviewOn, placedAt, placedBy,
                    releasedAt, releasedBy, releaseReason, null,
                    LegalHoldRule.state(endOn, reviewOn, releasedAt, today));
        }
    }

    /** Stores the hold; {@code archived}: its person is in the intermediate archive, not in the active base. */
    void insert(UUID id, NewLegalHold hold, boolean archived, String owner, Instant at, String by) {
        var person = hold.personId() == null ? null : hold.personId().value();
        jdbc.sql("INSERT INTO legal_hold (id, person_id, archived_person_id, rights_request_id, reason, owner, end_on,"
                        + " review_on, placed_at, placed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, archived ? null : person, archived ? person : null, hold.rightsRequestId(),
                        hold.reason().strip(), owner, hold.endOn(), hold.reviewOn(), Timestamp.from(at), by)
                .update();
    }

    /** Whether a hold holds the person's archive on the day. */
    boolean archiveHeld(PersonId person, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM legal_hold WHERE archived_person_id = :person AND " + HOLDING)
                .param("person", person.value()).param("today", today).query(Long.class).single() > 0;
    }

    /** Whether the person is in the intermediate archive. */
    boolean inArchive(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM archive_person WHERE person_id = ?").param(person.value())
                .query(Long.class).single() > 0;
    }

    /** Releases the hold in one statement: of concurrent releases, exactly one finds it still unreleased. */
    boolean release(UUID id, Instant at, String by, String reason) {
        return jdbc.sql("UPDATE legal_hold SET released_at = ?, released_by = ?, release_reason = ?"
                        + " WHERE id = ? AND released_at IS NULL")
                .params(Timestamp.from(at), by, reason, id)
                .update() == 1;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE id = ?").param(id)
                .query(LegalHoldRepository::row).optional();
    }

    /** The person's holds holding on {@code today}, the latest first. */
    List<Row> holdingFor(PersonId person, LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE person_id = :person AND " + HOLDING
                        + " ORDER BY placed_at DESC, id")
                .param("person", person.value()).param("today", today)
                .query(LegalHoldRepository::row).list();
    }

    /** Every hold of the person, the latest first. */
    List<Row> of(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE person_id = ? ORDER BY placed_at DESC, id")
                .param(person.value()).query(LegalHoldRepository::row).list();
    }

    boolean personHeld(PersonId person, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM legal_hold WHERE person_id = :person AND " + HOLDING)
                .param("person", person.value()).param("today", today)
                .query(Long.class).single() > 0;
    }

    boolean requestHeld(UUID request, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM legal_hold WHERE rights_request_id = :request AND " + HOLDING)
                .param("request", request).param("today", today)
                .query(Long.class).single() > 0;
    }

    Set<PersonId> heldAmong(Collection<PersonId> persons, LocalDate today) {
        var ids = persons.stream().map(PersonId::value).distinct().toList();
        var held = new HashSet<PersonId>();
        for (var from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("SELECT DISTINCT person_id FROM legal_hold WHERE person_id IN (:ids) AND " + HOLDING)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).param("today", today)
                    .query((rs, row) -> new PersonId(rs.getObject(1, UUID.class)))
                    .list()
                    .forEach(held::add);
        }
        return held;
    }

    /**
     * One page of the list: the holds of the tab, whose reason contains {@code text} or which name one of
     * {@code persons} (when {@code text} is given), the latest first.
     */
    List<Row> page(LegalHoldFilter filter, String text, Collection<PersonId> persons, LocalDate today, long offset,
            int size) {
        var where = where(filter, text, persons);
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE " + where
                + " ORDER BY placed_at DESC, id LIMIT :size OFFSET :offset");
        return bind(statement, text, persons, today).param("size", size).param("offset", offset)
                .query(LegalHoldRepository::row).list();
    }

    long count(LegalHoldFilter filter, String text, Collection<PersonId> persons, LocalDate today) {
        var statement = jdbc.sql("SELECT COUNT(*) FROM legal_hold WHERE " + where(filter, text, persons));
        return bind(statement, text, persons, today).query(Long.class).single();
    }

    int deleteAllOf(List<PersonId> persons) {
        if (persons.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM legal_hold WHERE person_id = ANY(:ids)").param("ids", SqlArrays.persons(persons))
                .update();
    }

    private static String where(LegalHoldFilter filter, String text, Collection<PersonId> persons) {
        var state = switch (filter) {
            case IN_FORCE -> HOLDING;
            case REVIEW_DUE -> HOLDING + " AND review_on <= :today";
            case ENDED -> "released_at IS NULL AND end_on < :today";
            case RELEASED -> "released_at IS NOT NULL";
            case ALL -> "1 = 1";
        };
        if (text == null) {
            return state;
        }
        var matches = persons.isEmpty() ? "LOWER(reason) LIKE :text ESCAPE '\\'"
                : "(LOWER(reason) LIKE :text ESCAPE '\\' OR person_id IN (:persons))";
        return state + " AND " + matches;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String text,
            Collection<PersonId> persons, LocalDate today) {
        var bound = statement.param("today", today);
        if (text != null) {
            bound = bound.param("text", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            if (!persons.isEmpty()) {
                bound = bound.param("persons", persons.stream().map(PersonId::value).distinct().toList());
            }
        }
        return bound;
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        var active = rs.getObject("person_id", UUID.class);
        var archived = rs.getObject("archived_person_id", UUID.class);
        var person = active != null ? active : archived;
        return new Row(rs.getObject("id", UUID.class), person == null ? null : new PersonId(person), archived != null,
                rs.getObject("rights_request_id", UUID.class), rs.getString("reason"), rs.getString("owner"),
                rs.getObject("end_on", LocalDate.class), rs.getObject("review_on", LocalDate.class),
                instant(rs, "placed_at"), rs.getString("placed_by"), instant(rs, "released_at"),
                rs.getString("released_by"), rs.getString("release_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
