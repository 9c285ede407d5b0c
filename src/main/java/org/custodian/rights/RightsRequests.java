package org.custodian.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.mail.Mailer;
import org.custodian.rights.RightsRequestRepository.StoredRequest;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rights module's facade (DSR-1, DSR-2): requests recorded from every channel with their legal deadline, the
 * DPO's list of what is due, the candidates of the file for a requester and the human's choice among them, the
 * extension of the period told to the person with its reason, and the pause while the person is asked for a proof of
 * identity. Every read and change of a request is written to the audit log (SEC-3): a request holds the requester's
 * personal data.
 *
 * <p>Changes to one request lock its row, so that two members of staff acting at once cannot both extend it, or both
 * pause it. Reads are not {@code readOnly} transactions because they write their audit entry.
 */
@Service
public class RightsRequests {

    /** The audit resource type of a rights request. */
    public static final String RESOURCE = "rights-request";

    /** The purpose stated when the module reads the customer file to find the requester. */
    static final String PURPOSE = "rights-request/matching";

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_REASON = 2000;
    private static final int CANDIDATE_SEARCH = 50;

    private final RightsRequestRepository repository;
    private final Persons persons;
    private final Mailer mailer;
    private final RightsMails mails;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    RightsRequests(RightsRequestRepository repository, Persons persons, Mailer mailer, RightsMails mails,
            AuditLog audit, Clock clock, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.repository = repository;
        this.persons = persons;
        this.mailer = mailer;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the organisation's time zone: the day deadlines are read against. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * DSR-1: records a request received on the stated day, whatever the channel, and computes its deadline (one month
     * by {@link LegalMonth}). Audited as a creation.
     *
     * @throws InvalidRightsRequest with every violation, field by field; nothing is stored
     */
    @Transactional
    public RightsRequestView create(NewRightsRequest request) {
        var clean = request.normalised();
        var violations = check(clean);
        if (!violations.isEmpty()) {
            throw new InvalidRightsRequest(violations);
        }
        var id = UUID.randomUUID();
        var today = today();
        var deadline = RequestDeadline.derive(clean.receivedOn(), false, 0, null, today).deadline();
        repository.insert(id, clean, deadline, CurrentActor.name(), clock.instant());
        audit.personalData(AuditAction.CREATE, RESOURCE, id.toString(), null,
                clean.kind() + " request received on " + clean.receivedOn() + " by " + clean.channel()
                        + "; due on " + deadline);
        return view(stored(id), today);
    }

    /** The violations of a request, field by field; empty when it may be recorded. */
    public List<Violation> check(NewRightsRequest request) {
        var clean = request.normalised();
        var violations = new ArrayList<Violation>();
        if (clean.kind() == null) {
            violations.add(InvalidRightsRequest.violation("kind", "required"));
        }
        if (clean.channel() == null) {
            violations.add(InvalidRightsRequest.violation("channel", "required"));
        }
        if (clean.receivedOn() == null) {
            violations.add(InvalidRightsRequest.violation("receivedOn", "required"));
        } else if (clean.receivedOn().isAfter(today())) {
            violations.add(InvalidRightsRequest.violation("receivedOn", "future"));
        }
        if (clean.email() == null && clean.lastName() == null) {
            violations.add(InvalidRightsRequest.violation("lastName", "requester"));
        }
        if (clean.email() != null && (clean.email().length() > 254 || !ADDRESS.matcher(clean.email()).matches())) {
            violations.add(InvalidRightsRequest.violation("email", "email"));
        }
        length(violations, "firstNames", clean.firstNames(), 150);
        length(violations, "lastName", clean.lastName(), 100);
        length(violations, "postcode", clean.postcode(), 10);
        length(violations, "phone", clean.phone(), 30);
        length(violations, "message", clean.message(), 10_000);
        if (!NewRightsRequest.LANGUAGES.contains(clean.language())) {
            violations.add(InvalidRightsRequest.violation("language", "language"));
        }
        return violations;
    }

    private static void length(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(InvalidRightsRequest.violation(field, "length", max));
        }
    }

    /**
     * DSR-1: one page of the DPO's list, open requests first by deadline; {@code text} searches the requester's names,
     * address and phone. Audited as a search naming the filter, without the text, which may itself be personal data.
     */
    @Transactional
    public Page<RequestSummary> list(RequestFilter filter, String text, PageRequest page) {
        var today = today();
        var rows = repository.list(filter, text, today, page.offset(), page.size());
        var total = repository.count(filter, text, today);
        audit.personalData(AuditAction.SEARCH, RESOURCE, null, null,
                "filter=" + filter + (text == null || text.isBlank() ? "" : ", q=(text withheld)"));
        return new Page<>(rows.stream().map(row -> summary(row, today)).toList(), page.page(), page.size(), total);
    }

    /** How many requests each filter selects today, for the tabs of the list. Not audited: counts only. */
    @Transactional(readOnly = true)
    public Map<RequestFilter, Long> counts() {
        var today = today();
        var counts = new EnumMap<RequestFilter, Long>(RequestFilter.class);
        for (var filter : RequestFilter.values()) {
            counts.put(filter, repository.count(filter, null, today));
        }
        return counts;
    }

    /** One request with its deadline as of today; audited as a read. */
    @Transactional
    public RightsRequestView get(UUID id) {
        var view = view(stored(id), today());
        audit.personalData(AuditAction.READ, RESOURCE, id.toString(), null);
        return view;
    }

    /**
     * DSR-1: the persons of the file who may be the requester, the surest first ({@link RequesterMatching}): by
     * e-mail address, by phone, by name with or without the postcode; persons already matched by staff are listed
     * too. The reads of the file are audited by the contacts module, the read of the request here.
     */
    @Transactional
    public List<Candidate> candidates(UUID id) {
        var request = stored(id);
        audit.personalData(AuditAction.READ, RESOURCE, id.toString(), null);
        var matched = repository.matches(id).stream().collect(Collectors.toMap(MatchedPerson::personId,
                match -> match, (a, b) -> a, LinkedHashMap::new));
        var found = new LinkedHashMap<PersonId, Candidate>();
        persons.findByEmail(request.email(), PURPOSE).ifPresent(person -> consider(found, request, person, matched));
        var phone = RequesterMatching.phoneKey(request.phone());
        if (phone != null && phone.length() >= 9) {
            persons.search(phone, new PageRequest(0, CANDIDATE_SEARCH), PURPOSE).content()
                    .forEach(person -> consider(found, request, person, matched));
        }
        if (request.lastName() != null && request.firstNames() != null) {
            persons.search(request.lastName() + " " + request.firstNames(), new PageRequest(0, CANDIDATE_SEARCH),
                    PURPOSE).content().forEach(person -> consider(found, request, person, matched));
        }
        for (var match : matched.values()) {
            if (!found.containsKey(match.personId()) && persons.exist(List.of(match.personId()))) {
                var person = persons.get(match.personId(), PURPOSE);
                found.put(match.personId(), candidate(person, match.matchedBy(), match.confidence(), true));
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Candidate::confidence).thenComparing(Candidate::name))
                .toList();
    }

    private static void consider(LinkedHashMap<PersonId, Candidate> found, StoredRequest request, PersonView person,
            Map<PersonId, MatchedPerson> matched) {
        if (found.containsKey(person.id())) {
            return;
        }
        RequesterMatching.assess(requester(request), identity(person)).ifPresent(match -> found.put(person.id(),
                candidate(person, match.matchedBy(), match.confidence(), matched.containsKey(person.id()))));
    }

    private static Candidate candidate(PersonView person, MatchedBy matchedBy, Confidence confidence,
            boolean matched) {
        var data = person.data();
        return new Candidate(person.id(), person.displayName(), data.email(), data.phone(), data.address(), matchedBy,
                confidence, matched);
    }

    private static RequesterMatching.Identity requester(StoredRequest request) {
        return new RequesterMatching.Identity(request.email(), request.phone(), request.lastName(),
                request.firstNames(), request.postcode(), null);
    }

    private static RequesterMatching.Identity identity(PersonView person) {
        var data = person.data();
        return new RequesterMatching.Identity(data.email(), data.phone(), data.lastName(), data.firstNames(), null,
                data.address());
    }

    /**
     * DSR-1: a human confirms that this person of the file is the requester; several records of one person are
     * confirmed one by one, never merged. Recorded with how the person was found and the confidence shown; confirming
     * a person twice changes nothing. Audited as a change of the request.
     *
     * @throws InvalidRightsRequest when the person is not in the file or the request is closed
     */
    @Transactional
    public RightsRequestView match(UUID id, PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        var request = locked(id);
        if (!request.status().open()) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("personId", "closed")));
        }
        if (!persons.exist(List.of(personId))) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("personId", "unknown-person")));
        }
        var person = persons.get(personId, PURPOSE);
        var match = RequesterMatching.assess(requester(request), identity(person))
                .orElse(new RequesterMatching.Match(MatchedBy.STAFF_CHOICE, Confidence.NONE));
        var now = clock.instant();
        if (repository.match(id, personId, match.matchedBy(), match.confidence(), CurrentActor.name(), now)) {
            audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null,
                    "matched to person " + personId + " (" + match.matchedBy() + ", " + match.confidence() + ")");
        }
        return view(stored(id), today());
    }

    /**
     * DSR-1, GDPR Art. 12(3): extends the period by two further months (three months from receipt, by the same rule),
     * once, before the first month has ended, with a reason that is mailed to the requester with the new date; the
     * message in the outbox is the proof that they were told in time. Audited as a change.
     *
     * @throws InvalidRightsRequest without a reason, once the first month has ended, when already extended, when the
     *                              request is closed or when the requester gave no e-mail address to tell them
     */
    @Transactional
    public RightsRequestView extend(UUID id, String reason) {
        var why = reason(reason);
        var request = locked(id);
        var today = today();
        var deadline = request.deadline(today);
        if (!request.status().open()) {
            throw refused("closed");
        }
        if (deadline.extended()) {
            throw refused("DSR-1.extended-once");
        }
        if (!deadline.mayExtend(today)) {
            throw refused("DSR-1.extension-too-late", deadline.first().deadline());
        }
        if (request.email() == null) {
            throw refused("no-address");
        }
        var extended = RequestDeadline.derive(request.receivedOn(), true, request.pausedDays(),
                request.pausedSince(), today).deadline();
        var mailId = mailer.send(mails.extension(request.email(), request.language(), request.kind(),
                request.receivedOn(), extended, why));
        var listed = RequestDeadline.derive(request.receivedOn(), true, request.pausedDays(), null, today).deadline();
        repository.extend(id, extended, why, mailId, clock.instant());
        if (!listed.equals(extended)) {
            repository.updateDeadline(id, listed, clock.instant());
        }
        audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null,
                "period extended until " + extended + "; the requester was told by mail " + mailId);
        return view(stored(id), today);
    }

    /**
     * DSR-2, GDPR Art. 12(6): asks the requester for a proof of identity, on a reasonable doubt written down as the
     * reason, by mail; the request then waits for the person and its deadline is paused until {@link #resume}.
     * Audited as a change.
     *
     * @throws InvalidRightsRequest without a reason, when the request already waits or is closed, or when the
     *                              requester gave no e-mail address to ask them
     */
    @Transactional
    public RightsRequestView askIdentity(UUID id, String reason) {
        var why = reason(reason);
        var request = locked(id);
        if (request.status() == RequestStatus.WAITING_FOR_PERSON) {
            throw refused("already-waiting");
        }
        if (!request.status().open()) {
            throw refused("closed");
        }
        if (request.email() == null) {
            throw refused("no-address");
        }
        var today = today();
        var mailId = mailer.send(mails.identity(request.email(), request.language(), request.kind(),
                request.receivedOn(), why));
        repository.pause(id, why, today, CurrentActor.name(), mailId, clock.instant());
        audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null,
                "proof of identity asked by mail " + mailId + "; the deadline is paused from " + today);
        return view(stored(id), today);
    }

    /**
     * DSR-2: the person answered (their proof of identity came): the pause ends today, its days are added to the
     * deadline, and the request is handled again. Audited as a change.
     *
     * @throws InvalidRightsRequest when the request is not waiting for the person
     */
    @Transactional
    public RightsRequestView resume(UUID id) {
        var request = locked(id);
        if (request.status() != RequestStatus.WAITING_FOR_PERSON) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("status", "not-waiting")));
        }
        var today = today();
        var days = RequestDeadline.daysPaused(request.pausedSince(), today);
        var deadline = RequestDeadline.derive(request.receivedOn(), request.extendedUntil() != null,
                request.pausedDays() + days, null, today).deadline();
        repository.resume(id, today, days, deadline, CurrentActor.name(), clock.instant());
        audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null,
                "the person answered; paused " + days + " day(s), due on " + deadline);
        return view(stored(id), today);
    }

    private static String reason(String reason) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("reason", "required")));
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("reason", "length", MAX_REASON)));
        }
        return why;
    }

    private static InvalidRightsRequest refused(String rule, Object... arguments) {
        return new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("reason", rule, arguments)));
    }

    private StoredRequest stored(UUID id) {
        return repository.find(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
    }

    private StoredRequest locked(UUID id) {
        return repository.lock(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
    }

    private RightsRequestView view(StoredRequest request, LocalDate today) {
        var deadline = request.deadline(today);
        var open = request.status().open();
        var pauses = repository.pauses(request.id()).stream()
                .map(pause -> new PauseView(pause.reason(), pause.pausedOn(), pause.askedBy(), pause.askedAt(),
                        pause.resumedOn(), pause.resumedBy(), RequestDeadline.daysPaused(pause.pausedOn(),
                                pause.resumedOn() == null ? today : pause.resumedOn())))
                .toList();
        return new RightsRequestView(request.id(), request.kind(), request.channel(), request.receivedOn(),
                request.email(), request.firstNames(), request.lastName(), request.postcode(), request.phone(),
                request.message(), request.language(), request.status(), deadline.deadline(), deadline.current(),
                deadline.first().deadline(), request.extendedUntil(), request.extensionReason(),
                request.extensionToldAt(), pauses, repository.matches(request.id()), open && deadline.lateAt(today),
                deadline.daysLeft(today), open && deadline.dueThisWeek(today), open && deadline.mayExtend(today),
                request.createdBy(), request.createdAt(), request.updatedAt(), request.answeredAt());
    }

    private static RequestSummary summary(StoredRequest request, LocalDate today) {
        var deadline = request.deadline(today);
        var open = request.status().open();
        return new RequestSummary(request.id(), request.kind(), request.channel(), request.receivedOn(),
                RequestSummary.requester(request.firstNames(), request.lastName(), request.email()), request.email(),
                request.status(), deadline.deadline(), request.extendedUntil() != null,
                open && deadline.lateAt(today), deadline.daysLeft(today), open && deadline.dueThisWeek(today),
                request.matched());
    }
}
