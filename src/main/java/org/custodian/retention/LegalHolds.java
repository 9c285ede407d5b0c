package org.custodian.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.Persons;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.PersonNames;
import org.custodian.shared.Violation;
import org.custodian.shared.personaldata.ErasureHolds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RET-5 — legal holds: «a documented litigation hold suspends deletion of named records». The DPO places a hold on a
 * person or on a rights request, with its reason, the staff member responsible and an end date or a review date; the
 * retention sweep leaves what is held alone and reports it, through {@link #NOT_HELD_SQL} (set-based) or
 * {@link #held}. A granted erasure request is refused for a held person (GDPR art. 17(3)(e)) through
 * {@link ErasureHolds}. Several holds may name the same record; each is released exactly once, with a reason, and stays as
 * the history. Every change and every read of the list is audited.
 */
@Service
public class LegalHolds implements ErasureHolds {

    /** The audit resource type of a legal hold; the audited record id is the hold's. */
    public static final String RESOURCE = "legal-hold";

    /**
     * The sweep's condition, in SQL valid on H2 and PostgreSQL, that a person is held by no hold on {@code :today}:
     * over the person table aliased {@code p} ({@code ... FROM person p WHERE ... AND } + this), with the named
     * parameter {@code :today} (a {@code LocalDate}, the organisation's day). A hold holds while it is not released and
     * its end date, if any, is today or later; a hold past its review date still holds. Its subquery's alias is
     * {@code legal_hold_}; served by the index {@code legal_hold_person_idx}. For another alias, see
     * {@link #notHeldSql(String)}.
     */
    public static final String NOT_HELD_SQL = notHeldSql("p.id");

    private static final String PURPOSE = "Recherche des gels légaux (conservation)";
    private static final int MAX_SEARCHED_PERSONS = 200;

    private final LegalHoldRepository repository;
    private final Persons persons;
    private final ObjectProvider<PersonNames> names;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    LegalHolds(LegalHoldRepository repository, Persons persons, ObjectProvider<PersonNames> names, AuditLog audit,
            Clock clock, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.repository = repository;
        this.persons = persons;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * {@link #NOT_HELD_SQL} over another expression of the person's id, e.g. {@code notHeldSql("x.person_id")}; the
     * parameter {@code :today} as there.
     */
    public static String notHeldSql(String personIdExpression) {
        return "NOT EXISTS (SELECT 1 FROM legal_hold legal_hold_ WHERE legal_hold_.person_id = " + personIdExpression
                + " AND legal_hold_.released_at IS NULL AND (legal_hold_.end_on IS NULL OR legal_hold_.end_on >= :today))";
    }

    /**
     * The same condition for rights requests: no hold on {@code :today} names the request whose id is
     * {@code requestIdExpression}, e.g. {@code requestNotHeldSql("r.id")}.
     */
    public static String requestNotHeldSql(String requestIdExpression) {
        return "NOT EXISTS (SELECT 1 FROM legal_hold legal_hold_ WHERE legal_hold_.rights_request_id = "
                + requestIdExpression + " AND legal_hold_.released_at IS NULL"
                + " AND (legal_hold_.end_on IS NULL OR legal_hold_.end_on >= :today))";
    }

    /**
     * The same condition for a person of the intermediate archive: no hold on {@code :today} names the archive of the
     * person whose id is {@code archivedPersonIdExpression}, e.g. {@code archiveNotHeldSql("a.person_id")}.
     */
    static String archiveNotHeldSql(String archivedPersonIdExpression) {
        return "NOT EXISTS (SELECT 1 FROM legal_hold legal_hold_ WHERE legal_hold_.archived_person_id = "
                + archivedPersonIdExpression + " AND legal_hold_.released_at IS NULL"
                + " AND (legal_hold_.end_on IS NULL OR legal_hold_.end_on >= :today))";
    }

    /** Today in the organisation's time zone: the day holds are read against. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Places a hold from now on; the caller is responsible when the hold names no owner.
     *
     * @throws InvalidLegalHold with violations of {@code target} (none, both), {@code personId} or
     *                          {@code rightsRequestId} (no such record), {@code reason} (required, at most 2,000
     *                          characters), {@code owner} (at most 200), {@code endOn} (neither date given, in the past),
     *                          {@code reviewOn} (in the past, after the end date); nothing is stored
     */
    @Transactional
    public LegalHold place(NewLegalHold hold) {
        var today = today();
        var violations = new ArrayList<>(LegalHoldRule.check(hold, today));
        var archived = false;
        if (violations.isEmpty() && hold.personId() != null && !persons.exist(List.of(hold.personId()))) {
            // not in the active base: a person of the intermediate archive, whose end the hold suspends
            archived = repository.inArchive(hold.personId());
            if (!archived) {
                violations.add(InvalidLegalHold.violation("personId", "unknown"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidLegalHold(violations);
        }
        var id = UUID.randomUUID();
        var actor = CurrentActor.name();
        var owner = hold.owner() == null || hold.owner().isBlank() ? actor : hold.owner().strip();
        try {
            repository.insert(id, hold, archived, owner, Instant.now(clock), actor);
        } catch (DataIntegrityViolationException unknown) {
            // the person was erased, or the request does not exist: the foreign key says so
            throw new InvalidLegalHold(List.of(InvalidLegalHold.violation(
                    hold.personId() != null ? "personId" : "rightsRequestId", "unknown")));
        }
        audit.personalData(AuditAction.CREATE, RESOURCE, id.toString(), null, "legal hold placed on "
                + target(hold.personId(), hold.rightsRequestId()) + ", owner " + owner);
        return repository.find(id).orElseThrow().on(today);
    }

    /**
     * Every reason the hold cannot be placed as it stands, without storing anything (for a form that must show all
     * its errors at once, including those of fields it could not read).
     */
    public List<Violation> check(NewLegalHold hold) {
        return LegalHoldRule.check(hold, today());
    }

    /**
     * Releases the hold with a reason; exactly once, even when several release it at the same moment.
     *
     * @throws LegalHoldNotFound        if there is no such hold
     * @throws InvalidLegalHold         with a violation of {@code releaseReason} (required, at most 2,000 characters)
     * @throws LegalHoldAlreadyReleased if it was released already, by this caller or another; nothing changes
     */
    @Transactional
    public LegalHold release(UUID id, String reason) {
        var stored = repository.find(id).orElseThrow(() -> LegalHoldNotFound.forId(id));
        var violations = LegalHoldRule.checkRelease(reason);
        if (!violations.isEmpty()) {
            throw new InvalidLegalHold(violations);
        }
        if (!repository.release(id, Instant.now(clock), CurrentActor.name(), reason.strip())) {
            throw new LegalHoldAlreadyReleased(id);
        }
        audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null, "legal hold on "
                + target(stored.personId(), stored.rightsRequestId()) + " released");
        return named(List.of(repository.find(id).orElseThrow().on(today()))).get(0);
    }

    /**
     * One hold, with the held person's name when the caller may see it; audited as a read.
     *
     * @throws LegalHoldNotFound if there is no such hold
     */
    @Transactional(readOnly = true)
    public LegalHold get(UUID id) {
        var hold = repository.find(id).orElseThrow(() -> LegalHoldNotFound.forId(id)).on(today());
        audit.personalData(AuditAction.READ, RESOURCE, id.toString(), null);
        return named(List.of(hold)).get(0);
    }

    /**
     * One page of the holds of a tab, the latest first, with the held persons' names when the caller may see them;
     * {@code query} (optional) is a part of the reason or of the held person's name, e-mail or phone. Audited as one
     * search.
     */
    @Transactional(readOnly = true)
    public Page<LegalHold> list(LegalHoldFilter filter, String query, PageRequest page) {
        var today = today();
        var text = query == null || query.isBlank() ? null : query.strip();
        Collection<PersonId> matching = text == null ? List.of() : personsMatching(text);
        var rows = repository.page(filter, text, matching, today, page.offset(), page.size()).stream()
                .map(row -> row.on(today)).toList();
        var total = repository.count(filter, text, matching, today);
        audit.personalData(AuditAction.SEARCH, RESOURCE, null, null, "legal holds " + filter
                + (text == null ? "" : " matching a search") + ": " + rows.size() + " shown of " + total);
        return new Page<>(named(rows), page.page(), page.size(), total);
    }

    /** How many holds each tab holds today. */
    @Transactional(readOnly = true)
    public Map<LegalHoldFilter, Long> counts() {
        var today = today();
        var counts = new EnumMap<LegalHoldFilter, Long>(LegalHoldFilter.class);
        for (var filter : LegalHoldFilter.values()) {
            counts.put(filter, repository.count(filter, null, List.of(), today));
        }
        return counts;
    }

    /** Whether a hold keeps the archive of this person of the intermediate archive past its end, today. */
    @Transactional(readOnly = true)
    public boolean holdsArchiveOf(PersonId person) {
        return repository.archiveHeld(person, today());
    }

    /**
     * The holds on the person that hold today, the latest first. Not audited apart: read with the person's page,
     * which is.
     */
    @Transactional(readOnly = true)
    public List<LegalHold> inForceFor(PersonId person) {
        var today = today();
        return repository.holdingFor(person, today).stream().map(row -> row.on(today)).toList();
    }

    /** Whether a hold keeps the person from deletion on {@code day}: one released or past its end date does not. */
    @Transactional(readOnly = true)
    public boolean held(PersonId person, LocalDate day) {
        return repository.personHeld(person, day);
    }

    /** Whether a hold keeps the person from deletion or erasure today. */
    @Override
    @Transactional(readOnly = true)
    public boolean held(PersonId person) {
        return repository.personHeld(person, today());
    }

    /** Whether a hold keeps the rights request from deletion on {@code day}. */
    @Transactional(readOnly = true)
    public boolean requestHeld(UUID rightsRequest, LocalDate day) {
        return repository.requestHeld(rightsRequest, day);
    }

    /** Those of these persons that a hold keeps from deletion on {@code day}, in one statement per thousand. */
    @Transactional(readOnly = true)
    public Set<PersonId> heldAmong(Collection<PersonId> candidates, LocalDate day) {
        return candidates.isEmpty() ? Set.of() : repository.heldAmong(candidates, day);
    }

    private List<PersonId> personsMatching(String text) {
        var lookup = names.getIfAvailable();
        return lookup == null ? List.of() : lookup.find(text, MAX_SEARCHED_PERSONS, PURPOSE);
    }

    private List<LegalHold> named(List<LegalHold> holds) {
        var lookup = names.getIfAvailable();
        var held = holds.stream().map(LegalHold::personId).filter(Objects::nonNull).distinct().toList();
        if (lookup == null || held.isEmpty()) {
            return holds;
        }
        var found = lookup.of(held);
        return holds.stream().map(hold -> hold.personId() == null ? hold : hold.named(found.get(hold.personId())))
                .toList();
    }

    private static String target(PersonId person, UUID request) {
        return person != null ? "person " + person : "rights request " + request;
    }
}
