package org.custodian.consent;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.Persons;
import org.custodian.shared.Violation;
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
    /** The register's prospecting activity: the purpose a soft opt-in, and an opposition at a sale, are about. */
    public static final String PROSPECTING = "PROSPECTING";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The form reference of consents recorded from the person page. */
    private static final String STAFF_FORM = "person-page";
    /** The longest consent text kept, as {@link ConsentSubmission} keeps it. */
    private static final int MAX_TEXT = 20000;
    /** The longest source of a withdrawal, as the ledger's column keeps it. */
    private static final int MAX_SOURCE = 200;

    /**
     * The channels on which staff may record a consent the person gave them: every one but e-mail, which the person
     * confirms from their own mailbox ({@link #requestEmailConsent}).
     */
    public static final List<Channel> STAFF_CHANNELS = List.of(Channel.SMS, Channel.PHONE, Channel.POST);
    /** The channels a soft opt-in can cover (CPCE L.34-5: electronic mail, which seed 000 reads as e-mail and SMS). */
    public static final List<Channel> SOFT_OPT_IN_CHANNELS = List.of(Channel.EMAIL, Channel.SMS);

    private final ConsentRecords records;
    private final SoftOptIns softOptIns;
    private final ConsentRequests requests;
    private final ConfirmationQuota quota;
    private final ConsentTexts texts;
    private final ConsentPurposes purposes;
    private final Persons persons;
    private final ConfirmationMail confirmationMail;
    private final Mailer mailer;
    private final AuditLog audit;
    private final ConsentProperties properties;
    private final Clock clock;

    ConsentLedger(ConsentRecords records, SoftOptIns softOptIns, ConsentRequests requests, ConfirmationQuota quota, ConsentTexts texts,
            ConsentPurposes purposes, Persons persons, ConfirmationMail confirmationMail, Mailer mailer,
            AuditLog audit, ConsentProperties properties, Clock clock) {
        this.records = records;
        this.softOptIns = softOptIns;
        this.requests = requests;
        this.quota = quota;
        this.texts = texts;
        this.purposes = purposes;
        this.persons = persons;
        this.confirmationMail = confirmationMail;
        this.mailer = mailer;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records a consent. E-mail consent collected online or asked for by staff waits for the person to confirm from
     * their mailbox ({@link ConsentStatus#PENDING_CONFIRMATION}); any other consent is given at once.
     *
     * @return the resulting state of this purpose × channel
     * @throws InvalidConsent           when the purpose cannot rest on consent, the channel is not one consent can
     *                                  cover for it, the person does not exist or the IP address is not one
     * @throws ConfirmationLimitReached when the confirmation mail would pass the day's limit for the address
     */
    @Transactional
    public ConsentStatus submit(ConsentSubmission submission) {
        if (submission.needsDoubleOptIn()) {
            if (requestConfirmation(List.of(submission)) == ConfirmationOutcome.LIMIT_REACHED) {
                throw new ConfirmationLimitReached();
            }
            return ConsentStatus.PENDING_CONFIRMATION;
        }
        enforce(List.of(submission), true);
        var now = Instant.now(clock);
        var textHash = texts.store(submission.text(), now);
        records.append(new ConsentRecordView(UUID.randomUUID(), submission.personId(), submission.purpose(),
                submission.channel(), ConsentEvent.GIVEN, submission.proof(), now, CurrentActor.name(),
                submission.source(), textHash, null, submission.formRef(), submission.formVersion(),
                submission.noticeVersion(), submission.ip(), submission.userAgent(), now, null, null, null));
        audit.personalData(AuditAction.CREATE, "consent", submission.personId().toString(), submission.purpose());
        return submission.proof() == ProofKind.IMPORT_WITHOUT_PROOF
                ? ConsentStatus.ACTIVE_WITHOUT_PROOF : ConsentStatus.ACTIVE;
    }

    /**
     * Asks the person to confirm consents from their own mailbox, whatever their channel: each waits as
     * {@link ConsentStatus#PENDING_CONFIRMATION}, and one mail to the address lists them all behind one link. A
     * purpose × channel already waiting keeps its request (and the link mailed for it); a mail beyond the day's limit
     * for the address ({@code custodian.consent.confirmation-mails-per-day}) is not queued and nothing is recorded.
     *
     * @param submissions consents of one person, each with the person's own address as {@code confirmationAddress}
     * @throws InvalidConsent as {@link #submit}
     */
    @Transactional
    public ConfirmationOutcome requestConfirmation(List<ConsentSubmission> submissions) {
        if (submissions.isEmpty()) {
            throw new IllegalArgumentException("Nothing to confirm");
        }
        var first = submissions.get(0);
        if (first.confirmationAddress() == null) {
            throw new IllegalArgumentException("A confirmation needs the person's address");
        }
        for (var submission : submissions) {
            if (!submission.personId().equals(first.personId())
                    || !first.confirmationAddress().equals(submission.confirmationAddress())) {
                throw new IllegalArgumentException("One confirmation mail goes to one person's address");
            }
        }
        enforce(submissions, true);
        var now = Instant.now(clock);
        var person = first.personId();
        requests.purgeExpired(person, now);
        var waiting = requests.pendingFor(person, now).stream()
                .map(pending -> pending.purpose() + "/" + pending.channel()).collect(Collectors.toSet());
        var fresh = new ArrayList<ConsentSubmission>();
        for (var submission : submissions) {
            if (waiting.add(submission.purpose() + "/" + submission.channel())) {
                fresh.add(submission);
            }
        }
        if (fresh.isEmpty()) {
            return ConfirmationOutcome.ALREADY_PENDING;
        }
        if (!quota.take(person, LocalDate.ofInstant(now, ZoneOffset.UTC), properties.confirmationMailsPerDay())) {
            return ConfirmationOutcome.LIMIT_REACHED;
        }
        var token = newToken();
        var tokenHash = ConsentTexts.hash(token);
        var mailed = new ArrayList<ConsentSubmission>();
        for (var submission : fresh) {
            var pending = new PendingConsent(UUID.randomUUID(), person, submission.purpose(), submission.channel(),
                    submission.proof(), submission.source(), texts.store(submission.text(), now),
                    submission.formRef(), submission.formVersion(), submission.noticeVersion(), submission.ip(),
                    submission.userAgent(), now, CurrentActor.name(), now.plus(properties.confirmationValidity()));
            // A submission committed meanwhile may have taken the place: its request and its mail stand.
            if (requests.insertIfAbsent(pending, tokenHash)) {
                mailed.add(submission);
            }
        }
        if (mailed.isEmpty()) {
            return ConfirmationOutcome.ALREADY_PENDING;
        }
        mailer.send(new PersonId(person),
                confirmationMail.compose(first.confirmationAddress(), first.locale(), mailed, token));
        audit.personalData(AuditAction.CREATE, "consent", person.toString(), mailed.stream()
                .map(ConsentSubmission::purpose).distinct().collect(Collectors.joining(",")));
        return ConfirmationOutcome.MAILED;
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
     * @throws InvalidConsent           as {@link #submit}; nothing is recorded
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
        enforce(submissions, true);
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
     * What staff asking for an e-mail consent must give (PRO-1), checked before anything is sent: an address in the
     * person's file to send the mail to, a purpose that can rest on consent, and the text the person accepted. The
     * fields are those of {@link #requestEmailConsent}: {@code purpose}, {@code text}.
     *
     * @param address the person's e-mail address as held in their file, or null
     * @return every violation, the one to correct first first for each field; empty when the request may go
     */
    @Transactional(readOnly = true)
    public List<Violation> checkEmailRequest(String address, String purpose, String text) {
        var violations = new ArrayList<Violation>();
        if (address == null || address.isBlank()) {
            violations.add(new Violation("purpose", "PRO-1.email-address", "consent.panel.error.noEmail", List.of()));
        }
        checkConsentPurpose(purpose, violations);
        checkText(text, violations);
        return violations;
    }

    /**
     * What staff recording a consent the person gave them by letter, on the phone or in person must give (PRO-1:
     * staff may not tick a consent on the person's behalf without recording how it was given): a purpose that can
     * rest on consent, a channel other than e-mail ({@link #STAFF_CHANNELS}), the text the person accepted, how it
     * was given and what identifies it ({@link StaffStatement}). The fields are {@code purpose}, {@code channel},
     * {@code text}, {@code how} and {@code details}.
     *
     * @return every violation; empty when {@link #recordGivenToStaff} may be called with these values
     */
    @Transactional(readOnly = true)
    public List<Violation> checkGivenToStaff(String purpose, Channel channel, String text, HowGiven how,
            String details) {
        var violations = new ArrayList<Violation>();
        checkConsentPurpose(purpose, violations);
        if (channel == null || !STAFF_CHANNELS.contains(channel)) {
            violations.add(new Violation("channel", "PRO-1.staff-channel", "consent.panel.error.channel", List.of()));
        }
        checkText(text, violations);
        if (how == null) {
            violations.add(new Violation("how", "PRO-1.how-given", "consent.panel.error.how", List.of()));
        }
        if (details == null || details.isBlank()) {
            violations.add(new Violation("details", "required", "consent.panel.error.details", List.of()));
        } else if (details.strip().length() > StaffStatement.MAX_DETAILS) {
            violations.add(new Violation("details", "too-long", "consent.panel.error.tooLong",
                    List.of(StaffStatement.MAX_DETAILS)));
        }
        return violations;
    }

    /**
     * What staff recording a soft opt-in on the person page must give: the evidence's own rules (the sale, its day,
     * how the opposition was offered) and how they know it, as for a consent given to them. The fields are those of
     * the panel's form: {@code channel}, {@code saleReference}, {@code collectedOn}, {@code how}, {@code details},
     * {@code oppositionHow}.
     *
     * @return every violation; empty when {@link #recordSoftOptIn} may be called with these values
     */
    public List<Violation> checkSoftOptInByStaff(Channel channel, String saleReference, LocalDate collectedOn,
            HowGiven how, String details, boolean oppositionOffered, String oppositionHow) {
        var violations = new ArrayList<Violation>();
        var evidence = new SoftOptInEvidence(null, channel, saleReference, null, collectedOn, oppositionOffered,
                oppositionHow, false, ProofKind.STAFF, "staff", null, null, null, null);
        // The rules' own words are the API's; on the screen a missing sale or day says which one to give.
        SoftOptInRules.check(evidence, LocalDate.now(clock)).stream()
                .filter(violation -> !violation.field().equals("personId"))
                .map(violation -> !violation.rule().equals("required") ? violation
                        : violation.field().equals("saleReference") ? new Violation("saleReference", "required",
                                "consent.softOptIn.error.sale", List.of())
                        : violation.field().equals("collectedOn") ? new Violation("collectedOn", "required",
                                "consent.softOptIn.error.date", List.of())
                        : violation)
                .forEach(violations::add);
        if (how == null) {
            violations.add(new Violation("how", "PRO-1.how-given", "consent.softOptIn.error.how", List.of()));
        }
        if (details == null || details.isBlank()) {
            violations.add(new Violation("details", "required", "consent.softOptIn.error.details", List.of()));
        } else if (details.strip().length() > StaffStatement.MAX_DETAILS) {
            violations.add(new Violation("details", "too-long", "consent.panel.error.tooLong",
                    List.of(StaffStatement.MAX_DETAILS)));
        }
        return violations;
    }

    /**
     * What staff recording a withdrawal the person asked for must give: a purpose of the register, a channel and how
     * the person asked. The fields are those of {@link #withdraw}: {@code purpose}, {@code channel}, {@code source}.
     *
     * @return every violation; empty when {@link #withdraw} may be called with these values
     */
    @Transactional(readOnly = true)
    public List<Violation> checkWithdrawal(String purpose, Channel channel, String source) {
        var violations = new ArrayList<Violation>();
        if (purpose == null || !purposes.codes().contains(purpose)) {
            violations.add(new Violation("purpose", "unknown-purpose", "consent.panel.error.purpose", List.of()));
        }
        if (channel == null) {
            violations.add(new Violation("channel", "required", "consent.panel.error.anyChannel", List.of()));
        }
        if (source == null || source.isBlank()) {
            violations.add(new Violation("source", "required", "consent.panel.error.source", List.of()));
        } else if (source.strip().length() > MAX_SOURCE) {
            violations.add(new Violation("source", "too-long", "consent.panel.error.tooLong", List.of(MAX_SOURCE)));
        }
        return violations;
    }

    /**
     * Sends the double opt-in mail for an e-mail consent a person asked staff for (on the phone, at the
     * counter): staff may not tick it for them, so it stays {@link ConsentStatus#PENDING_CONFIRMATION}
     * until the person follows the link sent to their own address.
     *
     * @param address the person's own e-mail address, as held in their file
     * @return whether the mail went, was already pending, or would pass the day's limit for the address
     * @throws InvalidConsent as {@link #submit}
     */
    @Transactional
    public ConfirmationOutcome requestEmailConsent(UUID personId, String address, String purpose, String text,
            Locale locale) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("The person has no e-mail address to confirm from");
        }
        return requestConfirmation(List.of(new ConsentSubmission(personId, purpose, Channel.EMAIL, text, STAFF_FORM,
                null, null, null, null, "demandé par " + CurrentActor.name() + " au téléphone", ProofKind.STAFF,
                address, locale)));
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
     * The texts a pending confirmation link will confirm, to show them before the person clicks; empty when the link
     * is unknown, used or expired.
     */
    @Transactional(readOnly = true)
    public List<String> pendingTexts(String token) {
        return requests.findValid(ConsentTexts.hash(token), Instant.now(clock)).stream()
                .map(pending -> texts.text(pending.textHash()))
                .toList();
    }

    /**
     * The person a pending confirmation link is about, to give them the preference centre's link once they have
     * confirmed (PRO-1); empty when the link is unknown, used or expired. Reads nothing else.
     */
    @Transactional(readOnly = true)
    public Optional<PersonId> pendingPerson(String token) {
        return requests.findValid(ConsentTexts.hash(token), Instant.now(clock)).stream().findFirst()
                .map(pending -> new PersonId(pending.personId()));
    }

    /**
     * Confirms the consents of a double opt-in mail from its link: the proof collected at submission moves into the
     * ledger with the time and origin of the confirmation, for every consent the link still confirms.
     *
     * @return the state of each consent confirmed
     * @throws ConfirmationNotFound when the link is unknown, used or expired
     */
    @Transactional
    public List<ConsentState> confirm(String token, String ip, String userAgent) {
        var now = Instant.now(clock);
        var confirmationIp = ProofOrigin.isIpAddress(ip) ? ip : null;
        var confirmed = new ArrayList<ConsentState>();
        for (var pending : requests.findValid(ConsentTexts.hash(token), now)) {
            // Removed by a confirmation that ran at the same time: that one records it.
            if (!requests.remove(pending.id())) {
                continue;
            }
            records.append(new ConsentRecordView(UUID.randomUUID(), pending.personId(), pending.purpose(),
                    pending.channel(), ConsentEvent.GIVEN, pending.proof(), now, pending.requestedBy(),
                    pending.source(), pending.textHash(), null, pending.formRef(), pending.formVersion(),
                    pending.noticeVersion(), pending.ip(), pending.userAgent(), pending.requestedAt(), now,
                    confirmationIp, ConsentSubmission.cutUserAgent(userAgent)));
            confirmed.add(new ConsentState(pending.purpose(), pending.channel(), ConsentStatus.ACTIVE, now,
                    pending.proof()));
        }
        if (confirmed.isEmpty()) {
            throw ConfirmationNotFound.forToken();
        }
        return confirmed;
    }

    /**
     * Records an objection with the proof of how it was expressed (the box's text, form, versions, origin):
     * effective at once, and never subject to confirmation, since stopping a use cannot harm the person.
     *
     * @throws InvalidConsent when the purpose is unknown, the person does not exist or the IP address is not one
     */
    @Transactional
    public ConsentStatus recordObjection(ConsentSubmission objection) {
        enforce(List.of(objection), false);
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
     *
     * @throws InvalidConsent when the purpose is unknown, the person does not exist or the IP address is not one
     */
    @Transactional
    public void withdraw(UUID personId, String purpose, Channel channel, String source, String ip, String userAgent) {
        var violations = new ArrayList<Violation>();
        checkSubject(List.of(personId), violations);
        checkKnownPurpose(purpose, violations);
        checkIp(ip, violations);
        if (!violations.isEmpty()) {
            throw new InvalidConsent(violations);
        }
        records.append(new ConsentRecordView(UUID.randomUUID(), personId, purpose, channel, ConsentEvent.WITHDRAWN,
                CurrentActor.name().equals(CurrentActor.PUBLIC) ? ProofKind.FORM : ProofKind.STAFF,
                Instant.now(clock), CurrentActor.name(), source, null, null, null, null, null, ip, userAgent, null,
                null, null, null));
        audit.personalData(AuditAction.UPDATE, "consent", personId.toString(), purpose);
    }

    /**
     * Records the evidence of a soft opt-in (issue 9 §1; CPCE L.34-5 as quoted by seed 003: the address « recueillie[s]
     * directement auprès de lui [...] à l'occasion d'une vente », and the person offered « la possibilité de s'opposer,
     * sans frais [...] et de manière simple [...] lorsque celles-ci sont recueillies »), with its proof, validated as a
     * consent's is. An opposition at collection is also an objection to prospecting on the channel
     * ({@link #PROSPECTING}), recorded in the ledger with the same proof, so that every reader of the current state —
     * the person page, {@link ConsentFacts}, the persons list — sees it.
     *
     * @return the evidence's id
     * @throws InvalidConsent field by field: channel other than e-mail or SMS, missing or too long sale reference,
     *                        collection date missing or in the future, opposition offered without saying how, proof
     *                        missing (staff statement; shop IP address, browser and page; form and version), IP address
     *                        that is not one, unknown person; nothing is recorded
     */
    @Transactional
    public UUID recordSoftOptIn(SoftOptInEvidence evidence) {
        var violations = SoftOptInRules.check(evidence, LocalDate.now(clock));
        if (evidence.personId() != null) {
            checkSubject(List.of(evidence.personId()), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidConsent(violations.stream().distinct().toList());
        }
        var now = Instant.now(clock);
        var id = UUID.randomUUID();
        var how = blank(evidence.oppositionHow()) ? null : evidence.oppositionHow().strip();
        softOptIns.append(new SoftOptInRecord(id, evidence.personId(), evidence.channel(),
                evidence.saleReference().strip(), evidence.purchaseId(), evidence.collectedOn(),
                evidence.oppositionOffered(), how, evidence.opposed(), evidence.proof(), now, CurrentActor.name(),
                evidence.source().strip(), evidence.formRef(), evidence.formVersion(), evidence.ip(),
                SoftOptInRules.userAgent(evidence.userAgent())));
        if (evidence.opposed()) {
            var text = "Opposition exprimée lors de la collecte de l'adresse à la vente " + evidence.saleReference().strip()
                    + (how == null ? "" : " (" + how + ")");
            records.append(new ConsentRecordView(UUID.randomUUID(), evidence.personId(), PROSPECTING,
                    evidence.channel(), ConsentEvent.OBJECTED, evidence.proof(), now, CurrentActor.name(),
                    evidence.source().strip(), texts.store(text, now), null, evidence.formRef(),
                    evidence.formVersion(), null, evidence.ip(), SoftOptInRules.userAgent(evidence.userAgent()), now,
                    null, null, null));
        }
        audit.personalData(AuditAction.CREATE, "consent", evidence.personId().toString(), PROSPECTING);
        return id;
    }

    /**
     * Where the person stands on the soft opt-in of each channel that has evidence; the read is logged.
     */
    @Transactional(readOnly = true)
    public List<SoftOptInState> softOptIns(UUID personId) {
        audit.personalData(AuditAction.READ, "consent", personId.toString(), null);
        return CurrentSoftOptIn.derive(softOptIns.history(personId));
    }

    /**
     * Every record of the person with its proof and every soft opt-in evidence, newest first, in one logged read.
     */
    @Transactional(readOnly = true)
    public ConsentEvidence evidence(UUID personId) {
        audit.personalData(AuditAction.READ, "consent", personId.toString(), null);
        return new ConsentEvidence(records.history(personId), softOptIns.history(personId));
    }

    /**
     * Which of these persons ever objected to the purpose or withdrew their consent to it: the only ones whose current
     * state can be a refusal, so that a batch reads the ledger of these few and not of every person (RET-3).
     */
    @Transactional(readOnly = true)
    public Set<UUID> refusedAmong(Collection<UUID> persons, String purpose) {
        return persons.isEmpty() ? Set.of() : records.refusedAmong(persons, purpose);
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

    /**
     * The ledger's invariants (PRO-1, issue 7 §4), whoever calls: a record is about a person on file, for a purpose
     * of the register — one that can rest on consent, on a channel consent can cover for it, when it is a consent —
     * with an IP address that is one.
     */
    private void enforce(List<ConsentSubmission> submissions, boolean consents) {
        var violations = new ArrayList<Violation>();
        var scope = purposes.scope();
        for (var submission : submissions) {
            if (!consents) {
                checkKnownPurpose(submission.purpose(), violations);
            } else if (!scope.covers(submission.purpose())) {
                violations.add(new Violation("purpose", "PRO-1.consent-purpose", "consent.error.purpose",
                        List.of(submission.purpose(), String.join(", ", scope.purposes()))));
            } else if (!scope.covers(submission.purpose(), submission.channel())) {
                violations.add(new Violation("channel", "PRO-1.consent-channel", "consent.error.channel",
                        List.of(submission.purpose(), scope.channels(submission.purpose()).stream()
                                .map(Enum::name).collect(Collectors.joining(", ")))));
            }
            checkIp(submission.ip(), violations);
        }
        checkSubject(submissions.stream().map(ConsentSubmission::personId).toList(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidConsent(violations.stream().distinct().toList());
        }
    }

    /** The purposes offered to staff are those that can rest on consent; {@link #enforce} checks it again. */
    private void checkConsentPurpose(String purpose, List<Violation> violations) {
        if (purpose == null || !purposes.consentable().contains(purpose)) {
            violations.add(new Violation("purpose", "PRO-1.consent-purpose", "consent.panel.error.consentPurpose",
                    List.of()));
        }
    }

    private static void checkText(String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation("text", "required", "consent.panel.error.text", List.of()));
        } else if (text.strip().length() > MAX_TEXT) {
            violations.add(new Violation("text", "too-long", "consent.panel.error.tooLong", List.of(MAX_TEXT)));
        }
    }

    private void checkSubject(List<UUID> personIds, List<Violation> violations) {
        if (!persons.exist(personIds.stream().map(PersonId::new).toList())) {
            violations.add(new Violation("personId", "unknown-person", "consent.error.person", List.of()));
        }
    }

    private void checkKnownPurpose(String purpose, List<Violation> violations) {
        var codes = purposes.codes();
        if (!codes.contains(purpose)) {
            violations.add(new Violation("purpose", "unknown-purpose", "consent.api.error.purpose",
                    List.of(String.join(", ", codes))));
        }
    }

    private static void checkIp(String ip, List<Violation> violations) {
        if (ip != null && !ProofOrigin.isIpAddress(ip)) {
            violations.add(new Violation("ip", "ip", "consent.error.ip", List.of()));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
