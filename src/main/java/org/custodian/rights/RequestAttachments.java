package org.custodian.rights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DSR-1, SEC-3, RET-4 — the files received with a request entered by staff: the scanned letter, a screenshot of the
 * e-mail or the social-network message. Each is checked by its first bytes (PDF, JPEG, PNG; at most
 * {@link #MAX_BYTES}, the size up to which an upload stays in memory and never touches the disk in clear), sealed by
 * {@link SealedFiles} with the key of the sensitive data in {@code rights_request_attachment}, and opened by the DPO
 * only, each opening audited. It is part of the request's record (RET-4): kept as long as the request — an erasure of
 * the person keeps the requests with their files ({@link RightsDataHolder}), the person's access package counts them
 * without copying them — and deleted with the request.
 */
@Service
public class RequestAttachments {

    /** The audit resource type of a file received with a request. */
    static final String RESOURCE = "rights-request-attachment";
    /** The largest file accepted: a few scanned pages. */
    public static final int MAX_BYTES = IdentityDocuments.MAX_BYTES;
    /** How many files one request accepts. */
    static final int MAX_PER_REQUEST = 10;

    private final RightsRequests requests;
    private final RightsRequestRepository repository;
    private final SealedFiles files;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RequestAttachments(RightsRequests requests, RightsRequestRepository repository, SealedFiles files, JdbcClient jdbc,
            AuditLog audit, Clock clock) {
        this.requests = requests;
        this.repository = repository;
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A file as received from the browser or the API: its size, and its content when it was not too large to read.
     *
     * @param content null when the file is larger than {@link #MAX_BYTES}: it is refused without being read
     */
    public record AttachedFile(long size, byte[] content) {

        /** A file read whole. */
        public static AttachedFile of(byte[] content) {
            return new AttachedFile(content.length, content);
        }

        /** A file too large to be read. */
        public static AttachedFile tooLarge(long size) {
            return new AttachedFile(size, null);
        }
    }

    /** A file of a request as listed: never its content. */
    public record AttachmentView(UUID id, String contentType, int sizeBytes, String addedBy, Instant addedAt) {
    }

    /** A file opened for the DPO. */
    public record Download(UUID id, String contentType, byte[] content) {
    }

    /** The violations of a file, on the field {@code attachment}; empty when it may be stored. */
    public List<Violation> check(AttachedFile file) {
        if (file == null || file.size() == 0) {
            return List.of(InvalidRightsRequest.violation("attachment", "attachment.empty"));
        }
        if (file.size() > MAX_BYTES || file.content() == null) {
            return List.of(InvalidRightsRequest.violation("attachment", "attachment.size",
                    MAX_BYTES / (1024 * 1024)));
        }
        if (SealedFiles.typeOf(file.content()).isEmpty()) {
            return List.of(InvalidRightsRequest.violation("attachment", "attachment.type"));
        }
        return List.of();
    }

    /**
     * DSR-1: records a request entered by staff with the letter or message received, in one transaction: a refused
     * file stores no request, and a refused request no file.
     *
     * @param file the file received, or null when there is none
     * @throws InvalidRightsRequest with every violation of the request and of the file, field by field
     */
    @Transactional
    public RightsRequestView create(NewRightsRequest request, AttachedFile file) {
        var violations = new ArrayList<>(requests.check(request));
        if (file != null) {
            violations.addAll(check(file));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRightsRequest(violations);
        }
        var created = requests.create(request);
        if (file != null) {
            store(created.id(), file.content());
        }
        return created;
    }

    /**
     * DSR-1: adds a file received to a request still open (a letter scanned after the request was recorded).
     *
     * @throws InvalidRightsRequest on {@code attachment}: empty, too large, not a PDF, JPEG or PNG, one too many, or
     *                              the request is closed
     */
    @Transactional
    public AttachmentView add(UUID requestId, AttachedFile file) {
        var request = repository.lock(requestId).orElseThrow(() -> RightsRequestNotFound.forId(requestId));
        var violations = new ArrayList<>(check(file));
        if (violations.isEmpty() && !request.status().open()) {
            violations.add(InvalidRightsRequest.violation("attachment", "closed"));
        }
        if (violations.isEmpty() && count(requestId) >= MAX_PER_REQUEST) {
            violations.add(InvalidRightsRequest.violation("attachment", "attachment.tooMany", MAX_PER_REQUEST));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRightsRequest(violations);
        }
        var id = store(requestId, file.content());
        return list(requestId).stream().filter(view -> view.id().equals(id)).findFirst().orElseThrow();
    }

    /** The files of a request, in the order they were added: type, size, who and when, never the content. */
    @Transactional(readOnly = true)
    public List<AttachmentView> list(UUID requestId) {
        return jdbc.sql("SELECT id, content_type, size_bytes, added_by, added_at FROM rights_request_attachment"
                        + " WHERE request_id = ? ORDER BY added_at, id")
                .param(requestId)
                .query((rs, row) -> new AttachmentView(rs.getObject("id", UUID.class), rs.getString("content_type"),
                        rs.getInt("size_bytes"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** How many files each request holds, for the access package: counted, never copied. */
    Map<UUID, Integer> counts(List<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT request_id, COUNT(*) AS files FROM rights_request_attachment WHERE request_id IN (:ids)"
                        + " GROUP BY request_id")
                .param("ids", requestIds)
                .query((rs, row) -> Map.entry(rs.getObject("request_id", UUID.class), rs.getInt("files")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * SEC-3: the DPO opens a file of a request; audited as a read naming the file.
     *
     * @throws RightsRequestNotFound when the request has no such file
     */
    @Transactional
    public Download open(UUID requestId, UUID attachmentId) {
        var download = jdbc.sql("SELECT content_type, sealed FROM rights_request_attachment WHERE id = ?"
                        + " AND request_id = ?")
                .params(attachmentId, requestId)
                .query((rs, row) -> new Download(attachmentId, rs.getString("content_type"),
                        files.unseal(rs.getBytes("sealed"), associatedData(requestId))))
                .optional()
                .orElseThrow(() -> RightsRequestNotFound.forId(attachmentId));
        audit.personalData(AuditAction.READ, RESOURCE, attachmentId.toString(), null,
                "file received with request " + requestId + " opened");
        return download;
    }

    private long count(UUID requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM rights_request_attachment WHERE request_id = ?").param(requestId)
                .query(Long.class).single();
    }

    private UUID store(UUID requestId, byte[] content) {
        var id = UUID.randomUUID();
        var type = SealedFiles.typeOf(content).orElseThrow();
        jdbc.sql("INSERT INTO rights_request_attachment (id, request_id, content_type, size_bytes, key_id, sealed,"
                        + " added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, requestId, type, content.length, files.keyId(),
                        files.seal(content, associatedData(requestId)), CurrentActor.name(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.personalData(AuditAction.CREATE, RESOURCE, id.toString(), null,
                "file received with request " + requestId + " (" + type + ", " + content.length + " bytes) stored");
        return id;
    }

    private static String associatedData(UUID requestId) {
        return "rights_request_attachment:" + requestId;
    }
}
