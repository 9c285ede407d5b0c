package org.custodian.rights;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DSR-2 — the proofs of identity uploaded by requesters, kept only until the DPO decides: the type checked by the
 * file's first bytes (PDF, JPEG, PNG), at most {@link #MAX_BYTES}, sealed by {@link SealedFiles} (AES-256-GCM with the
 * key of the sensitive data, the check's id as associated data so that a sealed document copied to another check does
 * not open) in {@code rights_identity_document}, deleted with {@link #deleteFor}.
 */
@Component
class IdentityDocuments {

    /** The largest document accepted: a scan or a photo of an identity card. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** How many documents one identity check accepts (recto, verso, and a retry). */
    static final int MAX_PER_CHECK = 4;

    private final JdbcClient jdbc;
    private final SealedFiles files;

    IdentityDocuments(JdbcClient jdbc, SealedFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /**
     * Seals and stores a document of the check.
     *
     * @throws InvalidRightsRequest on {@code document}: empty, too large, of another type, or one too many
     */
    UUID store(UUID checkId, byte[] content, Instant now) {
        if (content == null || content.length == 0) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("document", "document.empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("document", "document.size",
                    MAX_BYTES / (1024 * 1024))));
        }
        var type = SealedFiles.typeOf(content).orElseThrow(() -> new InvalidRightsRequest(List.of(
                InvalidRightsRequest.violation("document", "document.type"))));
        if (count(checkId) >= MAX_PER_CHECK) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("document", "document.tooMany",
                    MAX_PER_CHECK)));
        }
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO rights_identity_document (id, check_id, content_type, size_bytes, key_id, sealed,"
                        + " uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, checkId, type, content.length, files.keyId(), files.seal(content, associatedData(checkId)),
                        Timestamp.from(now))
                .update();
        return id;
    }

    long count(UUID checkId) {
        return jdbc.sql("SELECT COUNT(*) FROM rights_identity_document WHERE check_id = ?").param(checkId)
                .query(Long.class).single();
    }

    List<IdentityProofs.DocumentView> list(UUID checkId) {
        return jdbc.sql("SELECT id, content_type, size_bytes, uploaded_at FROM rights_identity_document"
                        + " WHERE check_id = ? ORDER BY uploaded_at, id")
                .param(checkId)
                .query((rs, row) -> new IdentityProofs.DocumentView(rs.getObject("id", UUID.class),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The document of this check, decrypted; empty when there is none (deleted since). */
    Optional<IdentityProofs.Download> open(UUID checkId, UUID documentId) {
        return jdbc.sql("SELECT content_type, sealed FROM rights_identity_document WHERE id = ? AND check_id = ?")
                .params(documentId, checkId)
                .query((rs, row) -> new IdentityProofs.Download(rs.getString("content_type"),
                        files.unseal(rs.getBytes("sealed"), associatedData(checkId))))
                .optional();
    }

    /** Deletes every document of the check; answers how many there were. */
    int deleteFor(UUID checkId) {
        return jdbc.sql("DELETE FROM rights_identity_document WHERE check_id = ?").param(checkId).update();
    }

    private static String associatedData(UUID checkId) {
        return "rights_identity_document:" + checkId;
    }
}
