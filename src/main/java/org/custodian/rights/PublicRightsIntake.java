package org.custodian.rights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.mail.Mailer;
import org.custodian.mail.OutgoingMail;
import org.custodian.shared.OpaqueTokens;
import org.custodian.shared.PublicAddress;
import org.custodian.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DSR-1 — the public form {@code /p/rights}: anyone may ask, without an account; the request counts as received only
 * once the requester has confirmed their address by the link mailed to it, since the answer will go there and a form
 * anyone can post must not make the organisation answer a stranger about someone else. The link opens a page with a
 * button: mail scanners open links on their own and confirm nothing. Until confirmed, the request waits in
 * {@code rights_request_pending} for {@code custodian.rights.confirmation-valid-for} (7 days); at the confirmation it
 * becomes a request received that day (its legal month starts the next day) and the waiting row is deleted; a request
 * never confirmed is deleted when its link expires. An address may have a few requests waiting at most, so that the
 * form cannot be used to flood a mailbox.
 */
@Service
public class PublicRightsIntake {

    /** The audit resource type of a request waiting for its confirmation. */
    static final String RESOURCE = "rights-request-pending";
    /** How many unconfirmed requests one address may have waiting. */
    static final int MAX_WAITING_PER_ADDRESS = 3;

    private static final String COLUMNS = "id, kind, email, first_names, last_name, postcode, phone, message,"
            + " language";

    private final RightsRequests requests;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress publicAddress;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validFor;
    private final DateTimeFormatter expiry;

    PublicRightsIntake(RightsRequests requests, JdbcClient jdbc, Mailer mailer, MessageSource messages,
            PublicAddress publicAddress, AuditLog audit, Clock clock,
            @Value("${custodian.rights.confirmation-valid-for:P7D}") Duration validFor,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.publicAddress = publicAddress;
        this.audit = audit;
        this.clock = clock;
        this.validFor = validFor;
        this.expiry = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
    }

    /** A request of the form, as the visitor typed it. */
    public record Submission(RightsKind kind, String email, String firstNames, String lastName, String postcode,
            String phone, String message) {

        NewRightsRequest asRequest(java.time.LocalDate receivedOn, Locale language) {
            return new NewRightsRequest(kind, RequestChannel.FORM, receivedOn, email, firstNames, lastName, postcode,
                    phone, message, language).normalised();
        }
    }

    /** A request waiting for its confirmation, as its page shows it. */
    public record Waiting(RightsKind kind, String email, Instant expiresAt) {
    }

    /**
     * Keeps the request until it is confirmed and mails the confirmation link to the address given.
     *
     * @throws InvalidRightsRequest field by field (the address is required here, the rest as for any request), or
     *                              on {@code email} when the address already has requests waiting; nothing is stored
     */
    @Transactional
    public void submit(Submission submission, Locale locale) {
        var request = submission.asRequest(requests.today(), locale);
        var violations = new ArrayList<Violation>(requests.check(request));
        if (request.email() == null) {
            violations.removeIf(violation -> "lastName".equals(violation.field())
                    && "requester".equals(violation.rule()));
            violations.add(InvalidRightsRequest.violation("email", "required"));
        }
        var now = clock.instant();
        if (violations.isEmpty() && waiting(request.email(), now) >= MAX_WAITING_PER_ADDRESS) {
            violations.add(InvalidRightsRequest.violation("email", "tooManyWaiting"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRightsRequest(violations);
        }
        var token = OpaqueTokens.newToken();
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO rights_request_pending (id, token_hash, kind, email, first_names, last_name, postcode,"
                        + " phone, message, language, submitted_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, OpaqueTokens.hash(token).orElseThrow(), request.kind().name(), request.email(), request.firstNames(),
                        request.lastName(), request.postcode(), request.phone(), request.message(),
                        request.language().getLanguage(), Timestamp.from(now), Timestamp.from(now.plus(validFor)))
                .update();
        mailer.send(confirmationMail(request, token, locale, now.plus(validFor)));
        audit.personalData(AuditAction.CREATE, RESOURCE, id.toString(), null,
                request.kind() + " request submitted through the public form; waiting for the address's confirmation");
    }

    /** The request a confirmation link stands for, while it may still be confirmed. */
    @Transactional(readOnly = true)
    public Optional<Waiting> waiting(String token) {
        return OpaqueTokens.hash(token).flatMap(hash -> jdbc.sql("SELECT kind, email, expires_at FROM rights_request_pending"
                        + " WHERE token_hash = ? AND expires_at > ?")
                .params(hash, Timestamp.from(clock.instant()))
                .query((rs, row) -> new Waiting(RightsKind.valueOf(rs.getString("kind")), rs.getString("email"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional());
    }

    /**
     * DSR-1: the requester confirmed their address; the request is received today, and its deadline runs. The
     * waiting row is deleted in the same transaction, so that two clicks make one request.
     *
     * @return the request as recorded, with its deadline; empty when the link is unknown, used or expired
     */
    @Transactional
    public Optional<RightsRequestView> confirm(String token) {
        var hash = OpaqueTokens.hash(token);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var row = jdbc.sql("SELECT " + COLUMNS + " FROM rights_request_pending WHERE token_hash = ? AND expires_at > ?"
                        + " FOR UPDATE")
                .params(hash.get(), Timestamp.from(now))
                .query((rs, index) -> new Pending(rs.getObject("id", UUID.class), new Submission(
                        RightsKind.valueOf(rs.getString("kind")), rs.getString("email"), rs.getString("first_names"),
                        rs.getString("last_name"), rs.getString("postcode"), rs.getString("phone"),
                        rs.getString("message")), Locale.forLanguageTag(rs.getString("language"))))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var id = row.get().id();
        // the row lock makes a second click wait, then find nothing left to delete
        if (jdbc.sql("DELETE FROM rights_request_pending WHERE id = ?").param(id).update() != 1) {
            return Optional.empty();
        }
        var created = requests.create(row.get().submission().asRequest(requests.today(), row.get().language()));
        audit.personalData(AuditAction.DELETE, RESOURCE, id.toString(), null,
                "address confirmed: became request " + created.id());
        return Optional.of(created);
    }

    /** Deletes the requests whose link expired unconfirmed: nothing is kept of a request that never counted. */
    @Scheduled(fixedDelayString = "${custodian.rights.pending-sweep-delay:PT1H}")
    @SchedulerLock(name = "rights-pending-sweep")
    @Transactional
    public void deleteExpired() {
        var deleted = jdbc.sql("DELETE FROM rights_request_pending WHERE expires_at <= ?")
                .param(Timestamp.from(clock.instant())).update();
        if (deleted > 0) {
            audit.personalData(AuditAction.DELETE, RESOURCE, null, null,
                    deleted + " unconfirmed requests deleted at the expiry of their link");
        }
    }

    /** A request waiting for its confirmation, with the language of the form it was sent from. */
    private record Pending(UUID id, Submission submission, Locale language) {
    }

    private long waiting(String email, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM rights_request_pending WHERE email = ? AND expires_at > ?")
                .params(email, Timestamp.from(now)).query(Long.class).single();
    }

    private OutgoingMail confirmationMail(NewRightsRequest request, String token, Locale locale, Instant expiresAt) {
        var link = publicAddress.url() + "/p/rights/confirm/" + token;
        var kind = messages.getMessage("rights.public.kind." + request.kind(), null, locale);
        var until = expiry.format(expiresAt);
        return OutgoingMail.text(request.email(), messages.getMessage("rights.public.mail.subject", null, locale),
                messages.getMessage("rights.public.mail.body", new Object[] {kind, link, until}, locale),
                "rights-confirmation");
    }
}
