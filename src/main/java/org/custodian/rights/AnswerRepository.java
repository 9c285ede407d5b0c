package org.custodian.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answers to the rights requests and their files (migration V46). */
@Repository
class AnswerRepository {

    private static final String COLUMNS = "id, request_id, method, letter, recipient, answered_by, answered_at,"
            + " kept_until, mail_id, link_expires_at, downloads, last_download_at";

    private final JdbcClient jdbc;

    AnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file to store with an answer. */
    record NewFile(String name, String mediaType, byte[] content, String sha256) {
    }

    void insert(UUID id, UUID requestId, String method, String letter, String recipient, String actor, Instant at,
            Instant keptUntil, UUID mailId, String tokenHash, Instant linkExpiresAt, List<NewFile> files) {
        jdbc.sql("INSERT INTO rights_answer (" + COLUMNS.replace(", downloads, last_download_at", "")
                        + ", token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, requestId, method, letter, recipient, actor, Timestamp.from(at), Timestamp.from(keptUntil),
                        mailId, linkExpiresAt == null ? null : Timestamp.from(linkExpiresAt), tokenHash)
                .update();
        for (var index = 0; index < files.size(); index++) {
            var file = files.get(index);
            jdbc.sql("INSERT INTO rights_answer_file (answer_id, number, name, media_type, size_bytes, sha256, content)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, index + 1, file.name(), file.mediaType(), (long) file.content().length, file.sha256(),
                            file.content())
                    .update();
        }
    }

    /** Closes the request as answered or refused, if it is still open; false when it was not. */
    boolean close(UUID requestId, String status, Instant at) {
        return jdbc.sql("UPDATE rights_request SET status = ?, answered_at = ?, updated_at = ? WHERE id = ?"
                        + " AND status IN ('RECEIVED', 'WAITING_FOR_PERSON')")
                .params(status, Timestamp.from(at), Timestamp.from(at), requestId).update() == 1;
    }

    Optional<AnswerView> ofRequest(UUID requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_answer WHERE request_id = ?").param(requestId)
                .query(this::answer).optional();
    }

    Optional<AnswerView> byTokenHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_answer WHERE token_hash = ?").param(hash)
                .query(this::answer).optional();
    }

    List<AnswerView> ofRequests(List<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_answer WHERE request_id IN (:ids) ORDER BY answered_at")
                .param("ids", requestIds).query(this::answer).list();
    }

    Optional<byte[]> content(UUID answerId, int number) {
        return jdbc.sql("SELECT content FROM rights_answer_file WHERE answer_id = ? AND number = ?")
                .params(answerId, number).query((rs, row) -> rs.getBytes(1)).optional();
    }

    void downloaded(UUID answerId, Instant at) {
        jdbc.sql("UPDATE rights_answer SET downloads = downloads + 1, last_download_at = ? WHERE id = ?")
                .params(Timestamp.from(at), answerId).update();
    }

    void renewLink(UUID answerId, String tokenHash, Instant expiresAt, UUID mailId) {
        jdbc.sql("UPDATE rights_answer SET token_hash = ?, link_expires_at = ?, mail_id = ? WHERE id = ?")
                .params(tokenHash, Timestamp.from(expiresAt), mailId, answerId).update();
    }

    private List<AnswerView.FileView> files(UUID answerId) {
        return jdbc.sql("SELECT number, name, media_type, size_bytes, sha256 FROM rights_answer_file"
                        + " WHERE answer_id = ? ORDER BY number")
                .param(answerId)
                .query((rs, row) -> new AnswerView.FileView(rs.getInt("number"), rs.getString("name"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256")))
                .list();
    }

    private AnswerView answer(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        return new AnswerView(id, rs.getObject("request_id", UUID.class), rs.getString("method"),
                rs.getString("letter"), rs.getString("recipient"), rs.getString("answered_by"),
                instant(rs, "answered_at"), instant(rs, "kept_until"), rs.getObject("mail_id", UUID.class),
                instant(rs, "link_expires_at"), rs.getInt("downloads"), instant(rs, "last_download_at"), files(id));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
