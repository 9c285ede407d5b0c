package org.custodian.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code person_restriction} (V44). */
@Repository
class RestrictionRepository {

    private static final String COLUMNS = "id, person_id, ground, reason, restricted_at, restricted_by, lifted_at,"
            + " lifted_by, lift_reason";
    /** How many ids one statement asks about (the driver's parameter limit is far above). */
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    RestrictionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a restriction in force; the unique key refuses a second one for the same person. */
    void insert(Restriction restriction) {
        jdbc.sql("INSERT INTO person_restriction (id, person_id, in_force_person_id, ground, reason, restricted_at,"
                        + " restricted_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(restriction.id(), restriction.personId().value(), restriction.personId().value(),
                        restriction.ground().name(), restriction.reason(), Timestamp.from(restriction.restrictedAt()),
                        restriction.restrictedBy())
                .update();
    }

    /** Lifts the restriction in force, in one statement: of two concurrent lifts, one finds nothing left to lift. */
    Optional<UUID> lift(PersonId person, Instant at, String by, String reason) {
        var inForce = inForce(person);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        var lifted = jdbc.sql("UPDATE person_restriction SET in_force_person_id = NULL, lifted_at = ?, lifted_by = ?,"
                        + " lift_reason = ? WHERE id = ? AND in_force_person_id IS NOT NULL")
                .params(Timestamp.from(at), by, reason, inForce.get().id())
                .update();
        return lifted == 1 ? Optional.of(inForce.get().id()) : Optional.empty();
    }

    Optional<Restriction> inForce(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_restriction WHERE in_force_person_id = ?")
                .param(person.value()).query(RestrictionRepository::restriction).optional();
    }

    /** The person's restrictions, the latest first. */
    List<Restriction> of(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_restriction WHERE person_id = ?"
                        + " ORDER BY restricted_at DESC, id")
                .param(person.value()).query(RestrictionRepository::restriction).list();
    }

    /** Those of these persons whose processing is restricted now. */
    Set<PersonId> restrictedAmong(Collection<PersonId> persons) {
        var ids = persons.stream().map(PersonId::value).distinct().toList();
        var restricted = new HashSet<PersonId>();
        for (var from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("SELECT in_force_person_id FROM person_restriction WHERE in_force_person_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, row) -> new PersonId(rs.getObject(1, UUID.class)))
                    .list()
                    .forEach(restricted::add);
        }
        return restricted;
    }

    long countInForce() {
        return jdbc.sql("SELECT COUNT(*) FROM person_restriction WHERE in_force_person_id IS NOT NULL")
                .query(Long.class).single();
    }

    int deleteAllOf(PersonId person) {
        return jdbc.sql("DELETE FROM person_restriction WHERE person_id = ?").param(person.value()).update();
    }

    private static Restriction restriction(ResultSet rs, int row) throws SQLException {
        return new Restriction(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                RestrictionGround.valueOf(rs.getString("ground")), rs.getString("reason"),
                instant(rs, "restricted_at"), rs.getString("restricted_by"), instant(rs, "lifted_at"),
                rs.getString("lifted_by"), rs.getString("lift_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
