package org.custodian.rights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.Persons;
import org.custodian.mail.Mailer;
import org.custodian.mail.OutgoingMail;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.OpaqueTokens;
import org.custodian.shared.PersonId;
import org.custodian.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DSR-2, RET-4 — the identity checks of the requests: asked only on a reasonable doubt written down (seed 000 § 9),
 * which pauses the deadline ({@link RightsRequests#askIdentity}); answered by the person in one of two ways:
 * <ul>
 * <li>the button "C'est bien moi" of a link mailed to the address <em>on file</em> of the person matched — not the
 * address the requester typed, which anyone may type — which confirms the identity and resumes the deadline at once;
 * </li>
 * <li>a document (PDF, JPEG, PNG, at most 5 MB) uploaded on the same page, or on the page of the link mailed to the
 * requester's address: sealed ({@link IdentityDocuments}), opened by the DPO only, and deleted as soon as the DPO
 * decides — "Identité confirmée" (which resumes the deadline) or "Identité non établie" (recorded, for a refusal).</li>
 * </ul>
 * The check's record (reason, way, result, when, by whom) stays with the request; the documents never do. Links are
 * 256-bit random tokens of which only the SHA-256 is stored, valid for {@code custodian.rights.identity-link-valid-for}
 * (30 days). Every read and change is audited.
 */
@Service
public class IdentityProofs {

    /** The audit resource type of an identity check. */
    static final String RESOURCE = "rights-identity-check";
    /** Who decided, when the person confirmed with the link mailed to the address on file. */
    static final String BY_LINK = "public:on-file-link";

    /** The largest proof of identity accepted. */
    public static final int MAX_DOCUMENT_BYTES = IdentityDocuments.MAX_BYTES;

    private final RightsRequests requests;
    private final RightsRequestRepository repository;
    private final IdentityDocuments documents;
    private final Persons persons;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress publicAddress;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validFor;
    private final DateTimeFormatter expiry;

    IdentityProofs(RightsRequests requests, RightsRequestRepository repository, IdentityDocuments documents,
            Persons persons, Mailer mailer, MessageSource messages, PublicAddress publicAddress, JdbcClient jdbc,
            AuditLog audit, Clock clock,
            @Value("${custodian.rights.identity-link-valid-for:P30D}") Duration validFor,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.requests = requests;
        this.repository = repository;
        this.documents = documents;
        this.persons = persons;
        this.mailer = mailer;
        this.messages = messages;
        this.publicAddress = publicAddress;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.validFor = validFor;
        this.expiry = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
    }

    /** How a person answered an identity check. */
    public enum Way {
        /** The button of the link mailed to the address on file. */
        CODE,
        /** A document uploaded and looked at by the DPO. */
        DOCUMENT,
        /** Another way (a letter, a visit) the DPO recorded. */
        OTHER
    }

    /** What the check concluded. */
    public enum Result {
        CONFIRMED, NOT_ESTABLISHED
    }

    /** An uploaded document as listed for the DPO: never its content. */
    public record DocumentView(UUID id, String contentType, int sizeBytes, Instant uploadedAt) {
    }

    /** A document opened for the DPO. */
    public record Download(String contentType, byte[] content) {
    }

    /**
     * One identity check of a request (RET-4).
     *
     * @param sentToFile whether a link was mailed to the address on file of a matched person
     * @param way        how the person answered, null while open
     * @param result     the conclusion, null while open
     * @param documents  the documents waiting for the DPO's decision (always empty once decided)
     */
    public record CheckView(UUID id, String reason, String askedBy, Instant askedAt, boolean sentToFile,
            Instant expiresAt, Way way, Result result, String decidedBy, Instant decidedAt,
            List<DocumentView> documents) {

        public CheckView {
            documents = List.copyOf(documents);
        }

        public boolean open() {
            return result == null;
        }
    }

    /**
     * What a public identity link shows the person.
     *
     * @param mayConfirm whether this link was mailed to the address on file (the button "C'est bien moi")
     * @param uploaded   how many documents were already uploaded
     */
    public record PublicCheck(RightsKind kind, LocalDate receivedOn, boolean mayConfirm,
            long uploaded, Instant expiresAt) {

        public boolean mayUpload() {
            return uploaded < IdentityDocuments.MAX_PER_CHECK;
        }
    }

    /**
     * DSR-2: asks the requester for a proof of identity on the doubt written as {@code reason}, pausing the deadline
     * ({@link RightsRequests#askIdentity}, which mails the reason to the requester), and mails the links: to the
     * address on file of the first matched person who has one (confirm or upload), and to the requester's address
     * when it is another one (upload only). Audited as a creation.
     */
    @Transactional
    public RightsRequestView ask(UUID requestId, String reason) {
        var view = requests.askIdentity(requestId, reason);
        var now = clock.instant();
        var expiresAt = now.plus(validFor);
        var onFile = onFile(view);
        var checkId = UUID.randomUUID();
        String onFileToken = onFile.isPresent() ? OpaqueTokens.newToken() : null;
        var sameAddress = onFile.isPresent() && onFile.get().email().equalsIgnoreCase(view.email());
        String uploadToken = sameAddress ? null : OpaqueTokens.newToken();
        jdbc.sql("INSERT INTO rights_identity_check (id, request_id, reason, asked_by, asked_at, on_file_token_hash,"
                        + " on_file_person_id, upload_token_hash, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(checkId, requestId, reason.strip(), CurrentActor.name(), Timestamp.from(now),
                        onFileToken == null ? null : OpaqueTokens.hash(onFileToken).orElseThrow(),
                        onFile.map(address -> address.person().value()).orElse(null),
                        uploadToken == null ? null : OpaqueTokens.hash(uploadToken).orElseThrow(),
                        Timestamp.from(expiresAt))
                .update();
        onFile.ifPresent(address -> mailer.send(address.person(), mail(address.email(), view,
                "rights.identity.mail.onFile", onFileToken, expiresAt)));
        if (uploadToken != null) {
            mailer.send(mail(view.email(), view, "rights.identity.mail.upload", uploadToken, expiresAt));
        }
        audit.personalData(AuditAction.CREATE, RESOURCE, checkId.toString(), null, "identity check of request "
                + requestId + (onFile.isPresent() ? "; link mailed to the address on file of person "
                        + onFile.get().person() : "; no matched person with an address on file")
                + (uploadToken != null ? "; upload link mailed to the requester" : ""));
        return view;
    }

    private record OnFile(PersonId person, String email) {
    }

    private Optional<OnFile> onFile(RightsRequestView view) {
        for (var match : view.matches()) {
            if (persons.exist(List.of(match.personId()))) {
                var email = persons.get(match.personId(), RightsRequests.PURPOSE).data().email();
                if (email != null && !email.isBlank()) {
                    return Optional.of(new OnFile(match.personId(), email));
                }
            }
        }
        return Optional.empty();
    }

    private OutgoingMail mail(String to, RightsRequestView view, String key, String token, Instant expiresAt) {
        var link = publicAddress.url() + "/p/rights/identity/" + token;
        var language = view.language();
        var kind = messages.getMessage("rights.kind.sentence." + view.kind(), null, language);
        var received = view.receivedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", language));
        return OutgoingMail.text(to, messages.getMessage(key + ".subject", new Object[] {received}, language),
                messages.getMessage(key + ".body", new Object[] {received, kind, link, expiry.format(expiresAt)},
                        language),
                "rights-identity-link");
    }

    /** The identity checks of a request, the latest first, with the documents waiting. Audited as a read. */
    @Transactional
    public List<CheckView> checks(UUID requestId) {
        var checks = jdbc.sql("SELECT id, reason, asked_by, asked_at, on_file_token_hash IS NOT NULL AS to_file,"
                        + " expires_at, way, result, decided_by, decided_at FROM rights_identity_check"
                        + " WHERE request_id = ? ORDER BY asked_at DESC, id")
                .param(requestId)
                .query((rs, row) -> {
                    var id = rs.getObject("id", UUID.class);
                    var decidedAt = rs.getTimestamp("decided_at");
                    return new CheckView(id, rs.getString("reason"), rs.getString("asked_by"),
                            rs.getTimestamp("asked_at").toInstant(), rs.getBoolean("to_file"),
                            rs.getTimestamp("expires_at").toInstant(),
                            rs.getString("way") == null ? null : Way.valueOf(rs.getString("way")),
                            rs.getString("result") == null ? null : Result.valueOf(rs.getString("result")),
                            rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(), List.of());
                })
                .list();
        if (!checks.isEmpty()) {
            audit.personalData(AuditAction.READ, RESOURCE, null, null, "identity checks of request " + requestId);
        }
        return checks.stream().map(check -> new CheckView(check.id(), check.reason(), check.askedBy(),
                check.askedAt(), check.sentToFile(), check.expiresAt(), check.way(), check.result(),
                check.decidedBy(), check.decidedAt(), documents.list(check.id()))).toList();
    }

    /** What the public page of an identity link shows; empty when the link is unknown, expired or answered. */
    @Transactional(readOnly = true)
    public Optional<PublicCheck> publicCheck(String token) {
        return link(token).map(link -> new PublicCheck(link.kind(), link.receivedOn(), link.onFile(),
                documents.count(link.checkId()), link.expiresAt()));
    }

    private record Link(UUID checkId, UUID requestId, boolean onFile, RightsKind kind, LocalDate receivedOn,
            String reason, Instant expiresAt) {
    }

    /** The open check a link stands for, read again under the request's row lock: two clicks act once. */
    private Optional<Link> locked(String token) {
        var link = link(token);
        if (link.isEmpty()) {
            return link;
        }
        repository.lock(link.get().requestId());
        return link(token);
    }

    private Optional<Link> link(String token) {
        var hash = OpaqueTokens.hash(token);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT c.id, c.request_id, c.on_file_token_hash = ? AS on_file, r.kind, r.received_on,"
                        + " c.reason, c.expires_at FROM rights_identity_check c"
                        + " JOIN rights_request r ON r.id = c.request_id"
                        + " WHERE (c.on_file_token_hash = ? OR c.upload_token_hash = ?) AND c.expires_at > ?"
                        + " AND c.result IS NULL AND r.status = 'WAITING_FOR_PERSON'")
                .params(hash.get(), hash.get(), hash.get(), Timestamp.from(clock.instant()))
                .query((rs, row) -> new Link(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                        rs.getBoolean("on_file"), RightsKind.valueOf(rs.getString("kind")),
                        rs.getDate("received_on").toLocalDate(), rs.getString("reason"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /**
     * DSR-2: the person clicked "C'est bien moi" on the page of the link mailed to the address on file: the identity
     * is confirmed (way CODE), any document uploaded meanwhile is deleted, and the deadline resumes. Once only.
     *
     * @return whether the link confirmed the identity (false: unknown, expired, answered, or an upload-only link)
     */
    @Transactional
    public boolean confirmByLink(String token) {
        var link = locked(token);
        if (link.isEmpty() || !link.get().onFile()) {
            return false;
        }
        decide(link.get().checkId(), link.get().requestId(), Way.CODE, Result.CONFIRMED, BY_LINK);
        return true;
    }

    /**
     * DSR-2: the person uploads a proof of identity through the page of their link; it waits, sealed, for the DPO.
     *
     * @return false when the link is unknown, expired or answered
     * @throws InvalidRightsRequest on {@code document}: empty, larger than 5 MB, not a PDF, JPEG or PNG, too many
     */
    @Transactional
    public boolean upload(String token, byte[] content) {
        var link = locked(token);
        if (link.isEmpty()) {
            return false;
        }
        var id = documents.store(link.get().checkId(), content, clock.instant());
        audit.personalData(AuditAction.CREATE, RESOURCE, link.get().checkId().toString(), null,
                "proof of identity " + id + " uploaded for request " + link.get().requestId());
        return true;
    }

    /** The refusal of a document larger than {@link #MAX_DOCUMENT_BYTES}, for a caller that did not read it. */
    public static InvalidRightsRequest tooLarge() {
        return new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("document", "document.size",
                MAX_DOCUMENT_BYTES / (1024 * 1024))));
    }

    /** DSR-2: the DPO opens a document of a request's check. Audited as a read naming the document. */
    @Transactional
    public Download document(UUID requestId, UUID documentId) {
        var checkId = jdbc.sql("SELECT c.id FROM rights_identity_document d JOIN rights_identity_check c"
                        + " ON c.id = d.check_id WHERE d.id = ? AND c.request_id = ?")
                .params(documentId, requestId).query(UUID.class).optional()
                .orElseThrow(() -> RightsRequestNotFound.forId(documentId));
        var download = documents.open(checkId, documentId).orElseThrow(() -> RightsRequestNotFound.forId(documentId));
        audit.personalData(AuditAction.READ, RESOURCE, checkId.toString(), null,
                "proof of identity " + documentId + " opened");
        return download;
    }

    /**
     * DSR-2: the DPO concludes the open check of a request: confirmed (the deadline resumes when it was paused) or not
     * established (recorded: the request may be refused). Either way every document is deleted at once.
     *
     * @throws InvalidRightsRequest when the request has no open check
     */
    @Transactional
    public RightsRequestView conclude(UUID requestId, boolean confirmed) {
        repository.lock(requestId).orElseThrow(() -> RightsRequestNotFound.forId(requestId));
        var checkId = jdbc.sql("SELECT id FROM rights_identity_check WHERE request_id = ? AND result IS NULL"
                        + " ORDER BY asked_at DESC FETCH FIRST 1 ROWS ONLY")
                .param(requestId).query(UUID.class).optional()
                .orElseThrow(() -> new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("status",
                        "identity.noOpenCheck"))));
        var way = documents.count(checkId) > 0 ? Way.DOCUMENT : Way.OTHER;
        decide(checkId, requestId, way, confirmed ? Result.CONFIRMED : Result.NOT_ESTABLISHED, CurrentActor.name());
        return requests.get(requestId);
    }

    /**
     * DSR-2: a proof never outlives the request's handling: the documents of a check left open on a request answered
     * or refused are deleted (the check's record stays, still open: nobody concluded it).
     */
    @Scheduled(fixedDelayString = "${custodian.rights.identity-sweep-delay:PT1H}")
    @SchedulerLock(name = "rights-identity-documents-sweep")
    @Transactional
    public void deleteDocumentsOfClosedRequests() {
        var deleted = jdbc.sql("DELETE FROM rights_identity_document WHERE check_id IN (SELECT c.id FROM"
                        + " rights_identity_check c JOIN rights_request r ON r.id = c.request_id"
                        + " WHERE r.status IN ('ANSWERED', 'REFUSED'))")
                .update();
        if (deleted > 0) {
            audit.personalData(AuditAction.DELETE, RESOURCE, null, null,
                    deleted + " proof(s) of identity of requests answered or refused deleted");
        }
    }

    private void decide(UUID checkId, UUID requestId, Way way, Result result, String by) {
        var deleted = documents.deleteFor(checkId);
        jdbc.sql("UPDATE rights_identity_check SET way = ?, result = ?, decided_by = ?, decided_at = ?"
                        + " WHERE id = ? AND result IS NULL")
                .params(way.name(), result.name(), by, Timestamp.from(clock.instant()), checkId).update();
        audit.personalData(AuditAction.UPDATE, RESOURCE, checkId.toString(), null, "identity " + result + " by "
                + way + " for request " + requestId + "; " + deleted + " document(s) deleted");
        var status = repository.find(requestId).map(RightsRequestRepository.StoredRequest::status).orElse(null);
        if (result == Result.CONFIRMED && status == RequestStatus.WAITING_FOR_PERSON) {
            requests.resume(requestId);
        }
    }
}
