package org.custodian.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the execution of rights requests and their forwarding (migration V47). */
@Repository
class ExecutionRepository {

    private final JdbcClient jdbc;

    ExecutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the request's row until the transaction ends; false when there is no such request. */
    boolean lockRequest(UUID request) {
        return jdbc.sql("SELECT id FROM rights_request WHERE id = ? FOR UPDATE").param(request).query(UUID.class)
                .optional().isPresent();
    }

    void insertAction(ExecutedAction action) {
        jdbc.sql("""
                        INSERT INTO rights_request_action (id, request_id, kind, person_id, person_label, done,
                            done_at, done_by)
                        VALUES (:id, :request, :kind, :person, :label, :done, :at, :by)""")
                .param("id", action.id())
                .param("request", action.requestId())
                .param("kind", action.kind().name())
                .param("person", action.personId() == null ? null : action.personId().value())
                .param("label", action.personLabel())
                .param("done", action.done())
                .param("at", Timestamp.from(action.doneAt()))
                .param("by", action.doneBy())
                .update();
        for (var kept : action.kept()) {
            jdbc.sql("""
                            INSERT INTO rights_request_kept (action_id, section, what, legal_reason, kept_until)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(action.id(), kept.section(), kept.what(), kept.legalReason(),
                            Timestamp.from(kept.until()))
                    .update();
        }
    }

    List<ExecutedAction> actions(UUID request) {
        var actions = new LinkedHashMap<UUID, ExecutedAction>();
        jdbc.sql("SELECT * FROM rights_request_action WHERE request_id = ? ORDER BY done_at, person_label, id")
                .param(request)
                .query(ExecutionRepository::action).list()
                .forEach(action -> actions.put(action.id(), action));
        if (actions.isEmpty()) {
            return List.of();
        }
        var kept = jdbc.sql("""
                        SELECT k.* FROM rights_request_kept k JOIN rights_request_action a ON a.id = k.action_id
                        WHERE a.request_id = ? ORDER BY k.id""")
                .param(request)
                .query((rs, row) -> new Object[] {rs.getObject("action_id", UUID.class), new ExecutedAction.KeptItem(
                        rs.getString("section"), rs.getString("what"), rs.getString("legal_reason"),
                        rs.getTimestamp("kept_until").toInstant())})
                .list();
        return actions.values().stream()
                .map(action -> action.withKept(kept.stream().filter(row -> row[0].equals(action.id()))
                        .map(row -> (ExecutedAction.KeptItem) row[1]).toList()))
                .toList();
    }

    /** The actions recorded about a person, for their access package and the rights holder. */
    List<ExecutedAction> actionsOf(PersonId person) {
        return jdbc.sql("SELECT * FROM rights_request_action WHERE person_id = ? ORDER BY done_at, id")
                .param(person.value())
                .query(ExecutionRepository::action).list();
    }

    private static ExecutedAction action(ResultSet rs, int row) throws SQLException {
        var person = rs.getObject("person_id", UUID.class);
        return new ExecutedAction(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                RightsKind.valueOf(rs.getString("kind")), person == null ? null : new PersonId(person),
                rs.getString("person_label"), rs.getString("done"), List.of(),
                rs.getTimestamp("done_at").toInstant(), rs.getString("done_by"));
    }

    void insertForwarding(UUID id, UUID request, String type, long recipientRef, String name, String address,
            UUID mailId, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO rights_request_forwarding (id, request_id, recipient_type, recipient_ref,
                            recipient_name, address, mail_id, forwarded_at, forwarded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, request, type, recipientRef, name, address, mailId, Timestamp.from(at), by)
                .update();
    }

    List<StoredForwarding> forwardings(UUID request) {
        return jdbc.sql("SELECT * FROM rights_request_forwarding WHERE request_id = ? ORDER BY recipient_name, id")
                .param(request)
                .query((rs, row) -> new StoredForwarding(rs.getObject("id", UUID.class),
                        rs.getObject("request_id", UUID.class), rs.getString("recipient_type"),
                        rs.getLong("recipient_ref"), rs.getString("recipient_name"), rs.getString("address"),
                        rs.getObject("mail_id", UUID.class), rs.getTimestamp("forwarded_at").toInstant(),
                        rs.getString("forwarded_by"), rs.getString("done_note"), instant(rs, "done_at"),
                        rs.getString("done_by")))
                .list();
    }

    Optional<StoredForwarding> forwarding(UUID request, UUID id) {
        return forwardings(request).stream().filter(forwarding -> forwarding.id().equals(id)).findFirst();
    }

    boolean markDone(UUID id, String note, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE rights_request_forwarding SET done_note = ?, done_at = ?, done_by = ?
                        WHERE id = ? AND mail_id IS NULL AND done_at IS NULL""")
                .params(note, Timestamp.from(at), by, id)
                .update() == 1;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A forwarding as stored. */
    record StoredForwarding(UUID id, UUID requestId, String recipientType, long recipientRef, String recipientName,
            String address, UUID mailId, Instant forwardedAt, String forwardedBy, String doneNote, Instant doneAt,
            String doneBy) {
    }

}
