package org.custodian.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.PublicAddress;
import org.custodian.shared.PublicAddressConfirmed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail module's facade: every message goes through the outbox, so nothing is ever reported as
 * sent that was not, and staff can read what was held when no SMTP server is configured.
 */
@Service
public class Mailer {

    private final MailOutbox outbox;
    private final MailDispatcher dispatcher;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicAddress publicAddress;

    Mailer(MailOutbox outbox, MailDispatcher dispatcher, ApplicationEventPublisher events, AuditLog audit,
            Clock clock, PublicAddress publicAddress) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    /**
     * Writes a message to a person of the file to the outbox, filed under that person so that their erasure
     * deletes it (DSR-5); it leaves over SMTP after the current transaction commits, or is held in the outbox when no
     * SMTP server is configured.
     *
     * @param person the person the message is written to
     * @return the message's id in the outbox
     */
    @Transactional
    public UUID send(PersonId person, OutgoingMail mail) {
        return write(Objects.requireNonNull(person, "person"), mail);
    }

    /**
     * Writes a message to someone who is not a person of the file (a staff member, the DPO) to the outbox, as
     * {@link #send(PersonId, OutgoingMail)} does.
     *
     * @return the message's id in the outbox
     */
    @Transactional
    public UUID send(OutgoingMail mail) {
        return write(null, mail);
    }

    private UUID write(PersonId person, OutgoingMail mail) {
        var row = row(person, mail, publicAddress.current());
        outbox.insert(row.id(), person, mail, row.status(), Instant.now(clock), CurrentActor.name(), row.linkBase());
        if (row.status() == MailStatus.QUEUED) {
            events.publishEvent(new MailQueued(row.id()));
        }
        return row.id();
    }

    private MailOutbox.Row row(PersonId person, OutgoingMail mail, PublicAddress.Current address) {
        var awaitsAddress = !address.confirmed() && linksTo(mail, address.url());
        var status = awaitsAddress ? MailStatus.AWAITING_ADDRESS
                : dispatcher.delivers() ? MailStatus.QUEUED : MailStatus.HELD;
        return new MailOutbox.Row(UUID.randomUUID(), person, mail, status, awaitsAddress ? address.url() : null);
    }

    /**
     * Writes a batch of messages to persons of the file in one statement (a campaign's batch, PRO-5), as
     * {@link #send(PersonId, OutgoingMail)} writes one, except that they do not leave on their own right after
     * commit: the caller delivers them at its own pace with {@link #deliverAll(List)} once its transaction committed,
     * and the dispatcher's sweep sends whatever the caller could not (it stopped, it was killed).
     *
     * @return the messages' ids in the outbox, in the order of {@code messages}
     */
    @Transactional
    public List<UUID> sendAll(List<Addressed> messages) {
        var address = publicAddress.current();
        var rows = messages.stream().map(message -> row(Objects.requireNonNull(message.person(), "person"),
                message.mail(), address)).toList();
        outbox.insertAll(rows, Instant.now(clock), CurrentActor.name());
        return rows.stream().map(MailOutbox.Row::id).toList();
    }

    /** A message of a batch and the person of the file it is written to. */
    public record Addressed(PersonId person, OutgoingMail mail) {
    }

    /**
     * Hands these queued messages to the SMTP server now, over one connection, in the caller's thread, when they still
     * wait (the claim makes sure each leaves once, whoever else tries); does nothing without an SMTP server.
     */
    public void deliverAll(List<UUID> ids) {
        if (dispatcher.delivers() && !ids.isEmpty()) {
            dispatcher.dispatchAll(ids);
        }
    }

    /** How many messages of a category are in each status (a campaign's results), in one statement. */
    @Transactional(readOnly = true)
    public Map<MailStatus, Long> countByStatus(String category) {
        return outbox.countByStatus(category);
    }

    /** A link to the public pages written with an address nobody confirmed would lead nowhere, or elsewhere. */
    private static boolean linksTo(OutgoingMail mail, String base) {
        return mail.text().contains(base) || (mail.html() != null && mail.html().contains(base));
    }

    /** Issue 8 §2: the address is confirmed, the messages that waited for it leave with their links corrected. */
    @EventListener
    @Transactional
    public void on(PublicAddressConfirmed confirmed) {
        outbox.releaseAwaitingAddress(confirmed.url(), dispatcher.delivers() ? MailStatus.QUEUED : MailStatus.HELD,
                Instant.now(clock));
    }

    /**
     * Whether messages leave over SMTP (true) or are held in the in-app outbox (false).
     */
    public boolean deliversBySmtp() {
        return dispatcher.delivers();
    }

    /**
     * One page of the outbox, newest first, filtered by recipient or subject and by status, as the caller may see it
     * ({@link MailView}): a reader without access to the customer file searches subjects only, so that the search
     * does not tell them whom Custodian wrote to.
     */
    @Transactional(readOnly = true)
    public Page<MailView> outbox(String text, MailStatus status, PageRequest page) {
        var fileReader = fileReader();
        var result = outbox.search(text, fileReader, status, page);
        audit.personalData(AuditAction.SEARCH, "mail", null, null);
        var reader = CurrentActor.name();
        return result.map(mail -> OutboxRedaction.redact(mail, fileReader, reader));
    }

    /**
     * One message with its body, as the caller may see it ({@link MailView}); the read is recorded in the audit log
     * (messages hold personal data).
     */
    @Transactional(readOnly = true)
    public MailView read(UUID id) {
        var mail = outbox.find(id).orElseThrow(() -> MailNotFound.forId(id));
        audit.personalData(AuditAction.READ, "mail", id.toString(), null);
        return OutboxRedaction.redact(mail, fileReader(), CurrentActor.name());
    }

    private static boolean fileReader() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> OutboxRedaction.FILE_READERS.contains(authority.getAuthority()));
    }
}
