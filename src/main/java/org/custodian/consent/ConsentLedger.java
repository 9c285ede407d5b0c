package org.custodian.consent;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.mail.Mailer;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent module's facade (PRO-1): records consents with their proof, withdrawals as new records,
 * the double opt-in of e-mail consent, and derives where each person stands.
 */
@Service
public class ConsentLedger {

    /**
     * The ledger's key for the transmission of a person's data to partners for their own prospecting (PRO-7, 000 §6):
     * consent for their electronic prospecting, objection for their postal prospecting. It is not an activity of the
     * register but a recipient of {@code PROSPECTING}, so it has a key of its own.
     */
    public static final String PARTNER_TRANSMISSION = "PARTNER_TRANSMISSION";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The form reference of consents recorded from the person page. */
    private static final String STAFF_FORM = "person-page";

    private final ConsentRecords records;
    private final ConsentRequests requests;
    private final ConsentTexts texts;
    private final ConfirmationMail confirmationMail;
    private final Mailer mailer;
    private final AuditLog audit;
    private final ConsentProperties properties;
    private final Clock clock;

    ConsentLedger(ConsentRecords records, ConsentRequests requests, ConsentTexts texts,
            ConfirmationMail confirmationMail, Mailer mailer, AuditLog audit, ConsentProperties properties,
            Clock clock) {
        this.records = records;
        this.requests = requests;
        this.texts = texts;
        this.confirmationMail = confirmationMail;
        this.mailer = mailer;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records a consent. E-mail consent collected online waits for the person to confirm from their
     * mailbox ({@link ConsentStatus#PENDING_CONFIRMATION}); any other consent is given at once.
     *
     * @return the resulting state of this purpose × channel
     */
    @Transactional
    public ConsentStatus submit(ConsentSubmission submission) {
        var now = Instant.now(clock);
        var textHash = texts.store(submission.text(), now);
        if (submission.needsDoubleOptIn()) {
            if (submission.confirmationAddress() == null) {
                throw new IllegalArgumentException("An e-mail consent needs the address to confirm it");
            }
            var token = newToken();
            requests.insert(new PendingConsent(UUID.randomUUID(), submission.personId(), submission.purpose(),
                    submission.channel(), submission.proof(), submission.source(), textHash, submission.formRef(),
                    submission.formVersion(), submission.noticeVersion(), submission.ip(), submission.userAgent(), now,
                    CurrentActor.name(), now.plus(properties.confirmationValidity())), ConsentTexts.hash(token));
            mailer.send(new PersonId(submission.personId()), confirmationMail.compose(submission, token));
            audit.personalData(AuditAction.CREATE, "consent", submission.personId().toString(), submission.purpose());
            return ConsentStatus.PENDING_CONFIRMATION;
        }
        records.append(new ConsentRecordView(UUID.randomUUID(), submission.personId(), submission.purpose(),
                submission.channel(), ConsentEvent.GIVEN, submission.proof(), now, CurrentActor.name(),
                submission.source(), textHash, null, submission.formRef(), submission.formVersion(),
                submission.noticeVersion(), submission.ip(), submission.userAgent(), now, null, null, null));
        audit.personalData(AuditAction.CREATE, "consent", submission.personId().toString(), submission.purpose());
        return submission.proof() == ProofKind.IMPORT_WITHOUT_PROOF
                ? ConsentStatus.ACTIVE_WITHOUT_PROOF : ConsentStatus.ACTIVE;
    }

    /**
     * CON-10: consents taken over from an old file by an import, in bulk. They are recorded exactly as
     * {@link #submit} records them — given at once, proof {@link ProofKind#IMPORT_WITHOUT_PROOF}, so never
     * enough for electronic prospecting — with each distinct text stored once, the records appended in one
     * batch, and one audit entry for the batch instead of one per record: each record keeps the import as its
     * form reference, which the entry names.
     *
     * @param importId the import job, the audit entry's record id
     * @throws IllegalArgumentException when a submission is not an imported consent; nothing is recorded
     */
    @Transactional
    public void recordImported(String importId, List<ConsentSubmission> submissions) {
        if (submissions.isEmpty()) {
            return;
        }
        for (var submission : submissions) {
            if (submission.proof() != ProofKind.IMPORT_WITHOUT_PROOF) {
                throw new IllegalArgumentException("Only consents imported without proof are recorded in bulk");
            }
        }
        var now = Instant.now(clock);
        var actor = CurrentActor.name();
        var hashes = texts.storeAll(submissions.stream().map(ConsentSubmission::text).distinct().toList(), now);
        records.appendAll(submissions.stream()
                .map(submission -> new ConsentRecordView(UUID.randomUUID(), submission.personId(),
                        submission.purpose(), submission.channel(), ConsentEvent.GIVEN, submission.proof(), now, actor,
                        submission.source(), hashes.get(submission.text()), null, submission.formRef(),
                        submission.formVersion(), submission.noticeVersion(), submission.ip(),
                        submission.userAgent(), now, null, null, null))
                .toList());
        var formRefs = submissions.stream().map(ConsentSubmission::formRef).distinct().toList();
        audit.personalData(AuditAction.CREATE, "consent", importId, null, submissions.size()
                + " consent(s) imported without proof, for " + submissions.stream().map(ConsentSubmission::personId)
                        .distinct().count()
                + " person(s); form reference " + String.join(", ", formRefs));
    }

    /**
     * Sends the double opt-in mail for an e-mail consent a person asked staff for (on the phone, at the
     * counter): staff may not tick it for them, so it stays {@link ConsentStatus#PENDING_CONFIRMATION}
     * until the person follows the link sent to their own address.
     *
     * @param address the person's own e-mail address, as held in their file
     */
    @Transactional
    public ConsentStatus requestEmailConsent(UUID personId, String address, String purpose, String text,
            Locale locale) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("The person has no e-mail address to confirm from");
        }
        return submit(new ConsentSubmission(personId, purpose, Channel.EMAIL, text, STAFF_FORM, null, null, null,
                null, "demandé par " + CurrentActor.name() + " au téléphone", ProofKind.STAFF, address, locale));
    }

    /**
     * Records a consent a person gave staff by letter, on the phone or in person, with staff's statement of
     * how; e-mail consent is refused here, because the person must confirm it ({@link #requestEmailConsent}).
     */
    @Transactional
    public ConsentStatus recordGivenToStaff(UUID personId, String purpose, Channel channel, String text,
            StaffStatement statement) {
        if (channel == Channel.EMAIL) {
            throw new IllegalArgumentException("E-mail consent must be confirmed by the person: send the mail");
        }
        if (statement == null) {
            throw new IllegalArgumentException("How the consent was given is required");
        }
        return submit(new ConsentSubmission(personId, purpose, channel, text, STAFF_FORM, null, null, null, null,
                statement.source(), ProofKind.STAFF, null, null));
    }

    /**
     * The text a pending confirmation link will confirm, to show it before the person clicks.
     */
    @Transactional(readOnly = true)
    public Optional<String> pendingText(String token) {
        return requests.findValid(ConsentTexts.hash(token), Instant.now(clock))
                .map(pending -> texts.text(pending.textHash()));
    }

    /**
     * Confirms an e-mail consent from the link of the double opt-in mail: the proof collected at
     * submission moves into the ledger with the time and origin of the confirmation.
     *
     * @throws ConfirmationNotFound when the link is unknown, used or expired
     */
    @Transactional
    public ConsentState confirm(String token, String ip, String userAgent) {
        var now = Instant.now(clock);
        var pending = requests.findValid(ConsentTexts.hash(token), now)
                .filter(found -> requests.remove(found.id()))
                .orElseThrow(ConfirmationNotFound::forToken);
        records.append(new ConsentRecordView(UUID.randomUUID(), pending.personId(), pending.purpose(),
                pending.channel(), ConsentEvent.GIVEN, pending.proof(), now, pending.requestedBy(), pending.source(),
                pending.textHash(), null, pending.formRef(), pending.formVersion(), pending.noticeVersion(),
                pending.ip(), pending.userAgent(), pending.requestedAt(), now, ip, userAgent));
        return new ConsentState(pending.purpose(), pending.channel(), ConsentStatus.ACTIVE, now, pending.proof());
    }

    /**
     * Records an objection with the proof of how it was expressed (the box's text, form, versions, origin):
     * effective at once, and never subject to confirmation, since stopping a use cannot harm the person.
     */
    @Transactional
    public ConsentStatus recordObjection(ConsentSubmission objection) {
        var now = Instant.now(clock);
        var textHash = texts.store(objection.text(), now);
        records.append(new ConsentRecordView(UUID.randomUUID(), objection.personId(), objection.purpose(),
                objection.channel(), ConsentEvent.OBJECTED, objection.proof(), now, CurrentActor.name(),
                objection.source(), textHash, null, objection.formRef(), objection.formVersion(),
                objection.noticeVersion(), objection.ip(), objection.userAgent(), now, null, null, null));
        audit.personalData(AuditAction.UPDATE, "consent", objection.personId().toString(), objection.purpose());
        return ConsentStatus.OBJECTED;
    }

    /**
     * Records a withdrawal (always possible, effective at once).
     */
    @Transactional
    public void withdraw(UUID personId, String purpose, Channel channel, String source, String ip, String userAgent) {
        records.append(new ConsentRecordView(UUID.randomUUID(), personId, purpose, channel, ConsentEvent.WITHDRAWN,
                CurrentActor.name().equals(CurrentActor.PUBLIC) ? ProofKind.FORM : ProofKind.STAFF,
                Instant.now(clock), CurrentActor.name(), source, null, null, null, null, null, ip, userAgent, null,
                null, null, null));
        audit.personalData(AuditAction.UPDATE, "consent", personId.toString(), purpose);
    }

    /**
     * Where each purpose × channel stands for the person now.
     */
    @Transactional(readOnly = true)
    public List<ConsentState> current(UUID personId) {
        return CurrentConsent.derive(records.history(personId), requests.pendingFor(personId, Instant.now(clock)));
    }

    /**
     * Every record of the person with its proof, newest first; the read is logged.
     */
    @Transactional(readOnly = true)
    public List<ConsentRecordView> history(UUID personId) {
        audit.personalData(AuditAction.READ, "consent", personId.toString(), null);
        return records.history(personId);
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
