package org.custodian.rights;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.mail.Mailer;
import org.custodian.mail.OutgoingMail;
import org.custodian.register.OrganisationSettings;
import org.custodian.rights.RightsRequestRepository.StoredRequest;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.OpaqueTokens;
import org.custodian.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer to a rights request (DSR-7, RET-4), and its refusal (GDPR Art. 12(4)).
 *
 * <p>The DPO writes the letter (prefilled per right by {@link #draft}); Custodian builds the files — the letter as
 * PDF always, with the access package as PDF and JSON for an access request, the portable data as JSON and CSV for a
 * portability request, each holding every person matched to the request ({@link RequestPackages}) — stores them with
 * the letter, and mails the requester a link to a page where they download them: the files are never attached, since
 * a message may be read on its way or in a shared mailbox. The link's token is 256 random bits of which only the
 * SHA-256 is stored; it works for {@code custodian.rights.answer-link-valid-for} (30 days), then the page says how
 * to ask for a new one, which the DPO sends with {@link #renewLink}. The request becomes {@code ANSWERED} with its
 * date. A requester without an e-mail address is answered by post: {@link #answerByPost} keeps the letter and the
 * files printed as proof.
 *
 * <p>Everything the requester receives — the draft letter, the letter's PDF, the access package, the mails — is in the
 * request's language ({@link RightsRequestView#language()}: French unless they wrote in English).
 *
 * <p><b>One answer per request.</b> An answer sent cannot be taken back: a second call is refused (conflict), and a
 * complement is a new request or a letter outside. Each call locks the request's row, so that two concurrent calls
 * make one answer; the unique request of {@code rights_answer} backs it.
 *
 * <p>The answer with its files is kept as proof for the civil limitation period, five years from the answer
 * ({@link RightsDataHolder#LIMITATION_PERIOD}; {@link AnswerDataHolder}). Every read of it is audited.
 */
@Service
public class RequestAnswers {

    /** The audit resource type of an answer. */
    public static final String RESOURCE = "rights-answer";

    static final int MAX_LETTER = 20_000;
    static final int MAX_REASON = 2_000;
    /** What the draft letters mark the passages the DPO must write with: a letter still holding it is not sent. */
    static final String TO_COMPLETE = "[à compléter";

    private final RightsRequestRepository requests;
    private final AnswerRepository answers;
    private final RequestPackages packages;
    private final AnswerLetterPdf letters;
    private final Mailer mailer;
    private final MessageSource messages;
    private final OrganisationSettings organisation;
    private final PublicAddress publicAddress;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration linkValidFor;
    private final ZoneId zone;

    RequestAnswers(RightsRequestRepository requests, AnswerRepository answers, RequestPackages packages,
            AnswerLetterPdf letters, Mailer mailer, MessageSource messages, OrganisationSettings organisation,
            PublicAddress publicAddress, AuditLog audit, Clock clock,
            @Value("${custodian.rights.answer-link-valid-for:P30D}") Duration linkValidFor,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.requests = requests;
        this.answers = answers;
        this.packages = packages;
        this.letters = letters;
        this.mailer = mailer;
        this.messages = messages;
        this.organisation = organisation;
        this.publicAddress = publicAddress;
        this.audit = audit;
        this.clock = clock;
        this.linkValidFor = linkValidFor;
        this.zone = zone;
    }

    /** A file of an answer, with its bytes. */
    public record Download(String name, String mediaType, byte[] content) {
    }

    /** What a download link opens: the answer while the link works, its expiry after, or nothing. */
    public sealed interface Opened {
    }

    /** The link works: the answer's files, its expiry. */
    public record Available(RightsKind kind, LocalDate receivedOn, String letter, List<AnswerView.FileView> files,
            Instant expiresAt) implements Opened {
    }

    /** The link has expired: where to ask for a new one. */
    public record Expired(Instant expiredAt, String rightsEmail, String rightsPostalAddress) implements Opened {
    }

    /**
     * The letter the DPO starts from, per right (i18n {@code rights.answer.letter.<KIND>}): to be read and completed
     * — what was erased and what is kept and why, for an erasure. Not audited: it names the requester only as the
     * screen that shows it, already audited, does.
     */
    @Transactional(readOnly = true)
    public String draft(UUID id) {
        var request = stored(id);
        var settings = organisation.current();
        var name = settings.name() == null ? "" : settings.name();
        var signature = settings.dpoName() != null ? settings.dpoName() : "";
        return messages.getMessage("rights.answer.letter." + request.kind(), new Object[] {
                salutation(request), date(request.receivedOn(), request.language()), name, signature},
                request.language()).strip();
    }

    /**
     * DSR-7: answers the request by mail — builds the files, stores them with the letter, mails the download link and
     * marks the request answered.
     *
     * @param withAccessLog whether the access package includes the access-log entries about the person
     * @throws AnswerRefused invalid without a letter or with a too long one; conflict when the request is already
     *                       answered or refused, waits for the person, has no e-mail address (answer by post), or,
     *                       for access and portability, no matched person
     */
    @Transactional
    public AnswerView answer(UUID id, String letter, boolean withAccessLog) {
        var text = letter(letter);
        var request = answerable(id);
        if (request.email() == null) {
            throw AnswerRefused.conflict("email", "DSR-7.no-address");
        }
        var files = files(request, text, withAccessLog);
        var token = OpaqueTokens.newToken();
        var now = clock.instant();
        var expires = now.plus(linkValidFor);
        var mailId = mailer.send(answerMail(request, token, expires));
        var answerId = UUID.randomUUID();
        answers.insert(answerId, id, "MAIL", text, request.email(), CurrentActor.name(), now, keptUntil(now), mailId,
                OpaqueTokens.hash(token).orElseThrow(), expires, files);
        close(id, "ANSWERED", now);
        audit.personalData(AuditAction.UPDATE, RightsRequests.RESOURCE, id.toString(), null,
                "answered by mail " + mailId + " with a download link valid until " + expires + ": "
                        + names(files));
        return answers.ofRequest(id).orElseThrow();
    }

    /**
     * DSR-7: the requester gave no e-mail address (or asked for paper): the DPO posts the answer, and Custodian keeps
     * the letter and the files it printed as proof; the request is answered.
     *
     * @throws AnswerRefused as {@link #answer}, an address aside
     */
    @Transactional
    public AnswerView answerByPost(UUID id, String letter, boolean withAccessLog) {
        var text = letter(letter);
        var request = answerable(id);
        var files = files(request, text, withAccessLog);
        var now = clock.instant();
        answers.insert(UUID.randomUUID(), id, "POST", text, null, CurrentActor.name(), now, keptUntil(now), null,
                null, null, files);
        close(id, "ANSWERED", now);
        audit.personalData(AuditAction.UPDATE, RightsRequests.RESOURCE, id.toString(), null,
                "answered by post; kept as proof: the letter and " + names(files));
        return answers.ofRequest(id).orElseThrow();
    }

    /**
     * GDPR Art. 12(4)/(5): refuses the request (manifestly unfounded or excessive, or the identity could not be
     * established), mailing the reason and the person's right to complain to the CNIL and to seek a judicial remedy;
     * the request becomes {@code REFUSED} and the message is kept as proof.
     *
     * @throws AnswerRefused invalid without a reason; conflict when already answered or refused, or without address
     */
    @Transactional
    public AnswerView refuse(UUID id, String reason) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw AnswerRefused.invalid("reason", "required");
        }
        if (why.length() > MAX_REASON) {
            throw AnswerRefused.invalid("reason", "length", MAX_REASON);
        }
        var request = locked(id);
        if (!request.status().open()) {
            throw AnswerRefused.conflict("status", "DSR-7.closed");
        }
        if (request.email() == null) {
            throw AnswerRefused.conflict("email", "DSR-7.no-address");
        }
        var settings = organisation.current();
        var language = request.language();
        var body = message(language, "rights.answer.refusal.body", salutation(request),
                date(request.receivedOn(), language), kind(request.kind(), language), why,
                settings.name() == null ? "" : settings.name(),
                contact(settings.rightsEmail(), settings.dpoEmail(), language)).strip();
        var mailId = mailer.send(OutgoingMail.text(request.email(), message(language,
                "rights.answer.refusal.subject", date(request.receivedOn(), language)), body, "rights-refusal"));
        var now = clock.instant();
        answers.insert(UUID.randomUUID(), id, "REFUSAL", body, request.email(), CurrentActor.name(), now,
                keptUntil(now), mailId, null, null, List.of());
        close(id, "REFUSED", now);
        audit.personalData(AuditAction.UPDATE, RightsRequests.RESOURCE, id.toString(), null,
                "refused; the reason and the right to complain to the CNIL mailed in " + mailId);
        return answers.ofRequest(id).orElseThrow();
    }

    /**
     * The link expired before the person downloaded the answer, or they lost the message: a new link, valid for the
     * same period, replaces the old one (which stops working) and is mailed. Audited.
     *
     * @throws AnswerRefused conflict when the request was not answered by mail
     */
    @Transactional
    public AnswerView renewLink(UUID id) {
        var request = locked(id);
        var answer = answers.ofRequest(id).filter(found -> "MAIL".equals(found.method()))
                .orElseThrow(() -> AnswerRefused.conflict("status", "DSR-7.no-link"));
        var token = OpaqueTokens.newToken();
        var expires = clock.instant().plus(linkValidFor);
        var mailId = mailer.send(answerMail(request, token, expires));
        answers.renewLink(answer.id(), OpaqueTokens.hash(token).orElseThrow(), expires, mailId);
        audit.personalData(AuditAction.UPDATE, RESOURCE, answer.id().toString(), null,
                "new download link mailed in " + mailId + ", valid until " + expires);
        return answers.ofRequest(id).orElseThrow();
    }

    /** The answer to a request, when it has one; audited as a read. */
    @Transactional
    public Optional<AnswerView> of(UUID id) {
        stored(id);
        var answer = answers.ofRequest(id);
        answer.ifPresent(found -> audit.personalData(AuditAction.READ, RESOURCE, found.id().toString(), null));
        return answer;
    }

    /**
     * DSR-7: a file of the answer as it was sent, for the DPO (the proof); audited as an export.
     *
     * @throws RightsRequestNotFound when the request has no answer or the answer no such file
     */
    @Transactional
    public Download file(UUID id, int number) {
        var answer = answers.ofRequest(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
        var download = download(answer, number).orElseThrow(() -> RightsRequestNotFound.forId(id));
        audit.personalData(AuditAction.EXPORT, RESOURCE, answer.id().toString(), "proof of the answer (DSR-7)",
                "file " + number + " (" + download.name() + ") downloaded by staff");
        return download;
    }

    /** What a download link opens now; empty when the token is unknown (never was, or replaced). */
    @Transactional
    public Optional<Opened> open(String token) {
        var answer = OpaqueTokens.hash(token).flatMap(answers::byTokenHash);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        var found = answer.get();
        var now = clock.instant();
        if (found.expiredAt(now)) {
            var settings = organisation.current();
            return Optional.of(new Expired(found.linkExpiresAt(), settings.rightsEmail() != null
                    ? settings.rightsEmail() : settings.dpoEmail(), settings.rightsPostalAddress()));
        }
        var request = stored(found.requestId());
        audit.personalData(AuditAction.READ, RESOURCE, found.id().toString(), null,
                "the requester opened the download page");
        return Optional.of(new Available(request.kind(), request.receivedOn(), found.letter(), found.files(),
                found.linkExpiresAt()));
    }

    /**
     * DSR-7: the requester downloads a file of their answer through the link, while it works. Counted and audited as
     * an export to the person.
     */
    @Transactional
    public Optional<Download> download(String token, int number) {
        var answer = OpaqueTokens.hash(token).flatMap(answers::byTokenHash)
                .filter(found -> !found.expiredAt(clock.instant()));
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        var download = download(answer.get(), number);
        download.ifPresent(file -> {
            answers.downloaded(answer.get().id(), clock.instant());
            audit.personalData(AuditAction.EXPORT, RESOURCE, answer.get().id().toString(),
                    "answer to a rights request (DSR-7)", "file " + number + " (" + file.name()
                            + ") downloaded by the requester through the link");
        });
        return download;
    }

    private Optional<Download> download(AnswerView answer, int number) {
        return answer.files().stream().filter(file -> file.number() == number).findFirst()
                .flatMap(file -> answers.content(answer.id(), number)
                        .map(content -> new Download(file.name(), file.mediaType(), content)));
    }

    private StoredRequest answerable(UUID id) {
        var request = locked(id);
        if (!request.status().open()) {
            throw AnswerRefused.conflict("status", "DSR-7.closed");
        }
        if (request.status() == RequestStatus.WAITING_FOR_PERSON) {
            throw AnswerRefused.conflict("status", "DSR-7.waiting");
        }
        return request;
    }

    private void close(UUID id, String status, Instant now) {
        if (!answers.close(id, status, now)) {
            throw AnswerRefused.conflict("status", "DSR-7.closed");
        }
    }

    /** The files of the answer: the letter, then the package the right calls for. */
    private List<AnswerRepository.NewFile> files(StoredRequest request, String letter, boolean withAccessLog) {
        var language = request.language();
        var built = new ArrayList<RequestPackages.Built>();
        switch (request.kind()) {
            case ACCESS -> {
                var persons = packages.persons(request.id());
                built.add(packages.build(persons, RequestPackages.Format.PDF, false, withAccessLog, language));
                built.add(packages.build(persons, RequestPackages.Format.JSON, false, withAccessLog, language));
            }
            case PORTABILITY -> {
                var persons = packages.persons(request.id());
                built.add(packages.build(persons, RequestPackages.Format.JSON, true, false, language));
                built.add(packages.build(persons, RequestPackages.Format.CSV, true, false, language));
            }
            default -> {
            }
        }
        var names = built.stream().map(RequestPackages.Built::name).toList();
        var settings = organisation.current();
        var pdf = letters.render(settings, recipient(request), LocalDate.ofInstant(clock.instant(), zone),
                message(language, "rights.answer.pdf.subject", kindTitle(request.kind(), language),
                        date(request.receivedOn(), language)), letter, names, language);
        var files = new ArrayList<AnswerRepository.NewFile>();
        files.add(new AnswerRepository.NewFile("lettre-reponse.pdf", "application/pdf", pdf, sha256(pdf)));
        built.forEach(file -> files.add(new AnswerRepository.NewFile(file.name(), file.mediaType(), file.content(),
                sha256(file.content()))));
        return files;
    }

    private OutgoingMail answerMail(StoredRequest request, String token, Instant expires) {
        var settings = organisation.current();
        var link = publicAddress.url() + "/p/rights/answers/" + token;
        var language = request.language();
        var until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .withZone(zone).format(expires);
        return OutgoingMail.text(request.email(),
                message(language, "rights.answer.mail.subject", date(request.receivedOn(), language)),
                message(language, "rights.answer.mail.body", salutation(request), date(request.receivedOn(), language),
                        kind(request.kind(), language), link, until,
                        contact(settings.rightsEmail(), settings.dpoEmail(), language),
                        settings.name() == null ? "" : settings.name()).strip(),
                "rights-answer");
    }

    private static String letter(String letter) {
        var text = letter == null ? "" : letter.strip();
        if (text.isEmpty()) {
            throw AnswerRefused.invalid("letter", "required");
        }
        if (text.length() > MAX_LETTER) {
            throw AnswerRefused.invalid("letter", "length", MAX_LETTER);
        }
        if (text.contains(TO_COMPLETE)) {
            throw AnswerRefused.invalid("letter", "DSR-7.incomplete");
        }
        return text;
    }

    private static Instant keptUntil(Instant answeredAt) {
        return answeredAt.atOffset(ZoneOffset.UTC).plus(RightsDataHolder.LIMITATION_PERIOD).toInstant();
    }

    private static String names(List<AnswerRepository.NewFile> files) {
        return String.join(", ", files.stream().map(AnswerRepository.NewFile::name).toList());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private String salutation(StoredRequest request) {
        var name = String.join(" ", java.util.stream.Stream.of(request.firstNames(), request.lastName())
                .filter(part -> part != null && !part.isBlank()).toList());
        return name.isBlank() ? message(request.language(), "rights.answer.salutation.anonymous")
                : message(request.language(), "rights.answer.salutation", name);
    }

    private static String recipient(StoredRequest request) {
        var name = RequestSummary.requester(request.firstNames(), request.lastName(), request.email());
        return name == null ? "" : name;
    }

    private String contact(String rightsEmail, String dpoEmail, Locale language) {
        var address = rightsEmail != null ? rightsEmail : dpoEmail;
        return address != null ? address : message(language, "rights.answer.contact.reply");
    }

    private String kind(RightsKind kind, Locale language) {
        return message(language, "rights.kind.sentence." + kind);
    }

    private String kindTitle(RightsKind kind, Locale language) {
        return message(language, "rights.kind.title." + kind);
    }

    private String message(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static String date(LocalDate day, Locale language) {
        return RightsMails.date(day, language);
    }

    private StoredRequest stored(UUID id) {
        return requests.find(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
    }

    private StoredRequest locked(UUID id) {
        return requests.lock(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
    }

}
