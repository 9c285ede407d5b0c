package org.custodian.rights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.InvalidPersonData;
import org.custodian.contacts.PersonErasure;
import org.custodian.contacts.PersonNotFound;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.contacts.Restrictions;
import org.custodian.mail.Mailer;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionRequest;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.rights.RightsRequestRepository.StoredRequest;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.custodian.shared.personaldata.ErasureHolds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out a rectification, erasure, restriction, objection or withdrawal request (DSR-5) for every person of the
 * file matched to it, in one audited operation recorded person by person, and forwards a rectification, erasure or
 * restriction to the recipients of the register (DSR-6, {@link Forwarding}).
 * <ul>
 * <li>Erasure: each person is deleted and erased at once through every module's personal-data holder
 * ({@link PersonErasure#eraseNow}); what a legal duty keeps is recorded with its reason and end date, to be told to
 * the person. The record names the person by id and by how they were matched only: it outlives them.</li>
 * <li>Restriction: {@link Restrictions#restrict} with the ground given and the reason given, else the request's
 * message.</li>
 * <li>Objection (PRO-3: always granted, at once): each person's address and phone, and the requester's own, on the
 * suppression list for every channel; an objection needs no match.</li>
 * <li>Withdrawal: every consent in force of each person withdrawn in the ledger.</li>
 * <li>Rectification: the DPO corrects the person on the person page (its history keeps the changes), then records
 * here what was corrected.</li>
 * </ul>
 * Access, portability and human review are answered, not carried out. A request is carried out once: the request's
 * row is locked, and a second execution is refused.
 */
@Service
public class RequestExecution {

    /** The audit resource type of the execution of a request. */
    public static final String RESOURCE = "rights-request-execution";

    static final String PURPOSE = "rights-request/execution";

    private static final Set<RightsKind> EXECUTABLE = Set.of(RightsKind.RECTIFICATION, RightsKind.ERASURE,
            RightsKind.RESTRICTION, RightsKind.OBJECTION, RightsKind.WITHDRAWAL);
    private static final Set<RightsKind> FORWARDED = Set.of(RightsKind.RECTIFICATION, RightsKind.ERASURE,
            RightsKind.RESTRICTION);
    private static final int MAX_NOTE = 1000;

    private final ExecutionRepository repository;
    private final RightsRequestRepository requests;
    private final Persons persons;
    private final PersonErasure erasure;
    private final Restrictions restrictions;
    private final SuppressionList suppression;
    private final ConsentLedger ledger;
    private final Forwarding forwarding;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<ErasureHolds> holds;

    RequestExecution(ExecutionRepository repository, RightsRequestRepository requests, Persons persons,
            PersonErasure erasure, Restrictions restrictions, SuppressionList suppression, ConsentLedger ledger,
            Forwarding forwarding, Mailer mailer, AuditLog audit, Clock clock, ObjectProvider<ErasureHolds> holds) {
        this.repository = repository;
        this.requests = requests;
        this.persons = persons;
        this.erasure = erasure;
        this.restrictions = restrictions;
        this.suppression = suppression;
        this.ledger = ledger;
        this.forwarding = forwarding;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.holds = holds;
    }

    /** Whether requests of this kind are carried out here (the others are answered). */
    public static boolean executable(RightsKind kind) {
        return EXECUTABLE.contains(kind);
    }

    /** Whether requests of this kind are forwarded to the recipients once carried out (DSR-6). */
    public static boolean forwarded(RightsKind kind) {
        return FORWARDED.contains(kind);
    }

    /**
     * Carries out the request for every matched person (DSR-5) and forwards it (DSR-6), audited as one change of the
     * request.
     *
     * @return what was done, person by person
     * @throws RightsRequestNotFound when there is no such request
     * @throws ExecutionRefused      when its kind is answered otherwise, it was carried out already, it is closed,
     *                               nobody was matched (except an objection, which the requester's address suffices
     *                               for), or an erasure names a person under a legal hold; nothing is done
     * @throws InvalidRightsRequest  with the field at fault: a rectification's {@code note}, a restriction's
     *                               {@code ground} or {@code reason}; nothing is done
     */
    @Transactional
    public List<ExecutedAction> execute(UUID id, ExecutionOrder order) {
        if (!repository.lockRequest(id)) {
            throw RightsRequestNotFound.forId(id);
        }
        var request = requests.find(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
        if (!executable(request.kind())) {
            throw new ExecutionRefused("answered-not-executed");
        }
        if (!repository.actions(id).isEmpty()) {
            throw new ExecutionRefused("already-executed");
        }
        if (!request.status().open()) {
            throw new ExecutionRefused("closed");
        }
        var matches = requests.matches(id);
        if (matches.isEmpty() && !(request.kind() == RightsKind.OBJECTION
                && (request.email() != null || request.phone() != null))) {
            throw new ExecutionRefused("no-match");
        }
        var order0 = order == null ? ExecutionOrder.none() : order;
        checkOrder(request, order0);
        var held = holds.getIfAvailable();
        if (request.kind() == RightsKind.ERASURE && held != null
                && matches.stream().anyMatch(match -> held.held(match.personId()))) {
            // GDPR art. 17(3)(e): a legal hold (RET-5) keeps the person for a litigation; the DPO releases it first
            throw new ExecutionRefused("legal-hold");
        }
        var now = Instant.now(clock);
        var actor = CurrentActor.name();
        var done = new ArrayList<ExecutedAction>();
        var identified = new ArrayList<Forwarding.Identified>();
        for (var match : matches) {
            var label = "person matched by " + match.matchedBy() + " (" + match.confidence() + "), confirmed by "
                    + match.confirmedBy();
            PersonView person;
            try {
                person = persons.get(match.personId(), PURPOSE);
            } catch (PersonNotFound gone) {
                done.add(action(request, match.personId(), label, "nothing done: the person is no longer in the file "
                        + "(erased or being erased)", List.of(), now, actor));
                continue;
            }
            identified.add(new Forwarding.Identified(person.displayName(), person.data().email()));
            done.add(switch (request.kind()) {
                case ERASURE -> erase(request, person, label, now, actor);
                case RESTRICTION -> restrict(request, person, label, order0, now, actor);
                case OBJECTION -> object(request, person.id(), label, person.data().email(), person.data().phone(),
                        now, actor);
                case WITHDRAWAL -> withdraw(request, person, label, now, actor);
                case RECTIFICATION -> action(request, person.id(), label, "corrected on the person page (see the "
                        + "person's history): " + order0.note().strip(), List.of(), now, actor);
                default -> throw new ExecutionRefused("answered-not-executed");
            });
        }
        if (request.kind() == RightsKind.OBJECTION && (request.email() != null || request.phone() != null)) {
            done.add(object(request, null, "the requester's own address and phone, as given in the request",
                    request.email(), request.phone(), now, actor));
        }
        var forwarded = "";
        if (forwarded(request.kind()) && !identified.isEmpty()) {
            var what = request.kind() == RightsKind.RECTIFICATION ? order0.note().strip()
                    : request.kind() == RightsKind.RESTRICTION ? order0.ground().strip() : "";
            var counts = forwarding.forward(id, request.kind(), what, identified);
            forwarded = "; forwarded to " + counts[0] + " recipient(s) by mail, " + counts[1] + " by other means";
            if (request.kind() == RightsKind.ERASURE && counts[0] > 0) {
                done.replaceAll(action -> action.personId() == null ? action : withForwardingKept(action, counts[0],
                        now));
            }
        }
        done.forEach(repository::insertAction);
        audit.personalData(AuditAction.UPDATE, RightsRequests.RESOURCE, id.toString(), null,
                request.kind() + " carried out for " + matches.size() + " matched person(s)" + forwarded);
        return repository.actions(id);
    }

    private static ExecutedAction withForwardingKept(ExecutedAction action, int recipients, Instant now) {
        var kept = new ArrayList<>(action.kept());
        kept.add(new ExecutedAction.KeptItem(Forwarding.CATEGORY, "the forwarding of the erasure to " + recipients
                + " recipient(s) of the register, in the outbox: the person's name and e-mail address, so that "
                + "they find and erase the person",
                "GDPR Art. 19: the erasure is communicated to each recipient; the message is the proof it was",
                now.atZone(java.time.ZoneOffset.UTC).plus(RightsDataHolder.LIMITATION_PERIOD).toInstant()));
        return action.withKept(kept);
    }

    private static void checkOrder(StoredRequest request, ExecutionOrder order) {
        var violations = new ArrayList<Violation>();
        if (request.kind() == RightsKind.RECTIFICATION) {
            if (order.note() == null || order.note().isBlank()) {
                violations.add(InvalidRightsRequest.violation("note", "required"));
            } else if (order.note().strip().length() > MAX_NOTE) {
                violations.add(InvalidRightsRequest.violation("note", "length", MAX_NOTE));
            }
        }
        if (request.kind() == RightsKind.RESTRICTION) {
            if (order.ground() == null || order.ground().isBlank()) {
                violations.add(InvalidRightsRequest.violation("ground", "required"));
            } else if (java.util.Arrays.stream(org.custodian.contacts.RestrictionGround.values())
                    .noneMatch(ground -> ground.name().equals(order.ground().strip()))) {
                violations.add(new Violation("ground", "ground", "rights.execution.error.ground", List.of()));
            }
            if (order.reason() != null && order.reason().strip().length() > MAX_NOTE) {
                violations.add(InvalidRightsRequest.violation("reason", "length", MAX_NOTE));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRightsRequest(violations);
        }
    }

    private ExecutedAction erase(StoredRequest request, PersonView person, String label, Instant now, String actor) {
        List<org.custodian.shared.personaldata.ErasureResult> results;
        try {
            results = erasure.eraseNow(person.id());
        } catch (PersonNotFound already) {
            return action(request, person.id(), label, "nothing done: the person's erasure was already under way",
                    List.of(), now, actor);
        }
        var erased = results.stream().mapToInt(org.custodian.shared.personaldata.ErasureResult::erased).sum();
        var anonymised = results.stream().mapToInt(org.custodian.shared.personaldata.ErasureResult::anonymised)
                .sum();
        var kept = results.stream().flatMap(result -> result.kept().stream()
                        .map(item -> new ExecutedAction.KeptItem(result.section(), item.what(), item.legalReason(),
                                item.until())))
                .toList();
        var sections = results.stream().filter(result -> !result.changedNothing())
                .map(org.custodian.shared.personaldata.ErasureResult::section).toList();
        return action(request, person.id(), label, "erased from the file through " + results.size()
                + " modules: " + erased + " row(s) deleted, " + anonymised + " anonymised (" + String.join(", ",
                sections) + "); " + kept.size() + " item(s) kept", kept, now, actor);
    }

    private ExecutedAction restrict(StoredRequest request, PersonView person, String label, ExecutionOrder order,
            Instant now, String actor) {
        var reason = order.reason() != null && !order.reason().isBlank() ? order.reason().strip()
                : request.message() != null && !request.message().isBlank() && request.message().strip().length()
                        <= MAX_NOTE ? request.message().strip()
                        : "restriction request received on " + request.receivedOn() + " (" + request.id() + ")";
        var inForce = restrictions.inForce(person.id());
        if (inForce.isPresent()) {
            return action(request, person.id(), label, "already restricted since " + inForce.get().restrictedAt()
                    + " (" + inForce.get().ground() + "): left as it was", List.of(), now, actor);
        }
        try {
            restrictions.restrict(person.id(), order.ground().strip(), reason);
        } catch (InvalidPersonData invalid) {
            throw new InvalidRightsRequest(invalid.violations().stream()
                    .map(violation -> new Violation(violation.field(), violation.rule(),
                            "rights.execution.error." + violation.rule(), List.of())).toList());
        }
        return action(request, person.id(), label, "processing restricted (" + order.ground().strip()
                + "): campaigns and exports skip the person until the restriction is lifted", List.of(), now, actor);
    }

    private ExecutedAction object(StoredRequest request, PersonId person, String label, String email, String phone,
            Instant now, String actor) {
        if (email == null && phone == null) {
            return action(request, person, label, "no address nor phone to put on the suppression list", List.of(),
                    now, actor);
        }
        var listed = new ArrayList<String>();
        // the reason names no id: the list refuses a reason with a run of digits, which may be a phone number
        suppression.add(new SuppressionRequest(email, phone, SuppressionChannel.ALL, SuppressionSource.STAFF,
                "objection to prospecting by a rights request"));
        if (email != null) {
            listed.add("e-mail address");
        }
        if (phone != null) {
            listed.add("phone");
        }
        return action(request, person, label, "on the suppression list for every channel (PRO-3): "
                + String.join(", ", listed), List.of(), now, actor);
    }

    private ExecutedAction withdraw(StoredRequest request, PersonView person, String label, Instant now,
            String actor) {
        var withdrawn = new LinkedHashSet<String>();
        for (var state : ledger.current(person.id().value())) {
            if (state.status() == ConsentStatus.ACTIVE || state.status() == ConsentStatus.ACTIVE_WITHOUT_PROOF
                    || state.status() == ConsentStatus.PENDING_CONFIRMATION) {
                ledger.withdraw(person.id().value(), state.purpose(), state.channel(),
                        "rights request " + request.id(), null, null);
                withdrawn.add(state.purpose() + "/" + state.channel());
            }
        }
        return action(request, person.id(), label, withdrawn.isEmpty() ? "no consent in force to withdraw"
                : withdrawn.size() + " consent(s) withdrawn: " + String.join(", ", withdrawn), List.of(), now, actor);
    }

    private static ExecutedAction action(StoredRequest request, PersonId person, String label, String done,
            List<ExecutedAction.KeptItem> kept, Instant now, String actor) {
        return new ExecutedAction(UUID.randomUUID(), request.id(), request.kind(), person, label, done, kept, now,
                actor);
    }

    /** What was done for the request, person by person; empty before it is carried out. Audited as a read. */
    @Transactional
    public List<ExecutedAction> actions(UUID id) {
        requests.find(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
        audit.personalData(AuditAction.READ, RESOURCE, id.toString(), null);
        return repository.actions(id);
    }

    /**
     * DSR-6: the forwardings of the request, each with the outbox state of its message, for the DPO to check.
     * Audited as a read of the request (each message read is audited by the outbox).
     */
    @Transactional
    public List<ForwardingView> forwardings(UUID id) {
        requests.find(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
        audit.personalData(AuditAction.READ, RESOURCE, id.toString(), null, "forwardings");
        return repository.forwardings(id).stream().map(this::view).toList();
    }

    private ForwardingView view(ExecutionRepository.StoredForwarding stored) {
        var status = stored.mailId() == null ? null : mailer.read(stored.mailId()).status().name();
        return new ForwardingView(stored.id(), stored.recipientType(), stored.recipientName(), stored.address(),
                stored.mailId(), status, stored.forwardedAt(), stored.forwardedBy(), stored.doneNote(),
                stored.doneAt(), stored.doneBy());
    }

    /**
     * DSR-6: a recipient without an address was told by other means (a letter, a call, its portal), as the note
     * says. Audited as a change of the request.
     *
     * @throws InvalidRightsRequest without a note, or when the forwarding went by mail or was already marked done
     */
    @Transactional
    public ForwardingView markForwarded(UUID id, UUID forwardingId, String note) {
        if (!repository.lockRequest(id)) {
            throw RightsRequestNotFound.forId(id);
        }
        var why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("note", "required")));
        }
        if (why.length() > MAX_NOTE) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("note", "length", MAX_NOTE)));
        }
        var forwarding = repository.forwarding(id, forwardingId)
                .orElseThrow(() -> RightsRequestNotFound.forId(forwardingId));
        if (!repository.markDone(forwarding.id(), why, Instant.now(clock), CurrentActor.name())) {
            throw new InvalidRightsRequest(List.of(new Violation("note", "already-done",
                    "rights.forwarding.error.already-done", List.of())));
        }
        audit.personalData(AuditAction.UPDATE, RightsRequests.RESOURCE, id.toString(), null,
                "forwarding to " + forwarding.recipientType() + " " + forwarding.recipientRef()
                        + " done by other means");
        return view(repository.forwarding(id, forwardingId).orElseThrow());
    }
}
