package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts module's facade: the persons of the customer file (CON-1), checked on every write by
 * the identifier and free-text guards (CON-2, CON-5), with their change history (CON-9). Every read of
 * a person and every change is written to the audit log (SEC-3).
 *
 * <p>Reads are not {@code readOnly} transactions because they write their audit entry.
 */
@Service
public class Persons {

    /** The audit resource type of a person. */
    public static final String RESOURCE = "person";

    private static final List<Field> FIELDS = List.of(
            new Field("type", data -> name(data.type())),
            new Field("audience", data -> name(data.audience())),
            new Field("civility", data -> name(data.civility())),
            new Field("lastName", PersonData::lastName),
            new Field("firstNames", PersonData::firstNames),
            new Field("email", PersonData::email),
            new Field("phone", PersonData::phone),
            new Field("birthDate", data -> day(data.birthDate())),
            new Field("address", PersonData::address),
            new Field("company", PersonData::company),
            new Field("jobTitle", PersonData::jobTitle),
            new Field("accountingCode", PersonData::accountingCode),
            new Field("externalRef", PersonData::externalRef),
            new Field("notes", PersonData::notes),
            new Field("sector", PersonData::sector),
            new Field("genericAddress", data -> data.genericAddress() ? "true" : null),
            new Field("collectedAt", data -> day(data.collectedAt())),
            new Field("lastContactAt", data -> day(data.lastContactAt())));

    private final PersonRepository repository;
    private final InternalCodes codes;
    private final FreeTextGuard freeText;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final List<PersonFilterContribution> filters;

    Persons(PersonRepository repository, InternalCodes codes, FreeTextGuard freeText, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone,
            List<PersonFilterContribution> filters) {
        this.repository = repository;
        this.codes = codes;
        this.freeText = freeText;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
        this.filters = filters.stream().sorted(Comparator.comparing(PersonFilterContribution::parameter)).toList();
    }

    /**
     * One page of persons matching the query (name, e-mail, phone digits, company, codes), by name; audited as a
     * search without the query text, which may itself be personal data.
     */
    @Transactional
    public Page<PersonView> search(String query, PageRequest page, String purpose) {
        return list(PersonCriteria.search(query), PersonSort.DEFAULT, page, purpose);
    }

    /**
     * CON-1: one page of the persons the criteria select, in the given order. The total is exact up to a window
     * beyond the page and "more than" past it ({@link Page#totalCapped()}). Audited as a search naming the filters,
     * without the query text, which may itself be personal data.
     *
     * @throws InvalidPersonData when a contributed filter has a value it does not know
     */
    @Transactional
    public Page<PersonView> list(PersonCriteria criteria, PersonSort sort, PageRequest page, String purpose) {
        var result = repository.list(criteria, contributedConditions(criteria), sort, page, zone);
        audit.personalData(AuditAction.SEARCH, RESOURCE, null, purpose, criteria.describe());
        return result;
    }

    /**
     * CON-1: passes every person the criteria select to the sink, in the given order, streamed from the database
     * (nothing holds the whole selection); one audit entry names the filters and the count. Review flags are not
     * read. The persons whose processing is restricted are left out (DSR-5, {@link Restrictions}).
     *
     * @return how many persons were exported
     * @throws InvalidPersonData when a contributed filter has a value it does not know
     */
    @Transactional(readOnly = true)
    public long export(PersonCriteria criteria, PersonSort sort, String format, String purpose, Consumer<PersonView> sink) {
        var count = repository.each(criteria, contributedConditions(criteria), sort, zone, sink);
        audit.personalData(AuditAction.EXPORT, RESOURCE, null, purpose,
                format + " export of " + count + " persons; filters: " + criteria.describe());
        return count;
    }

    /** The filters other modules contribute to the persons list, in a stable order. */
    public List<PersonFilterContribution> filters() {
        return filters;
    }

    private List<PersonFilterContribution.Condition> contributedConditions(PersonCriteria criteria) {
        var conditions = new ArrayList<PersonFilterContribution.Condition>();
        criteria.contributed().forEach((parameter, value) -> conditions.add(filters.stream()
                .filter(filter -> filter.parameter().equals(parameter)).findFirst()
                .flatMap(filter -> filter.condition(value))
                .orElseThrow(() -> new InvalidPersonData(List.of(PersonViolations.of(parameter, "filter"))))));
        return conditions;
    }

    /** One person; audited as a read with the stated purpose. */
    @Transactional
    public PersonView get(PersonId id, String purpose) {
        var person = repository.findById(id).orElseThrow(() -> PersonNotFound.forId(id));
        audit.personalData(AuditAction.READ, RESOURCE, id.toString(), purpose);
        return person;
    }

    /**
     * Whether these persons all exist, for modules that keep records about a person (the consent ledger) and must
     * not keep them about nobody. Not audited: it reveals nothing about the persons.
     */
    @Transactional(readOnly = true)
    public boolean exist(Collection<PersonId> ids) {
        var distinct = ids.stream().map(PersonId::value).distinct().toList();
        return distinct.isEmpty() || repository.count(distinct) == distinct.size();
    }

    /**
     * The person holding this e-mail address (case ignored), to update a person who comes back through a
     * form or a web shop instead of creating a duplicate (CON-9); audited as a read when found.
     */
    @Transactional
    public Optional<PersonView> findByEmail(String email, String purpose) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        var found = repository.findByEmail(email.strip());
        found.ifPresent(person -> audit.personalData(AuditAction.READ, RESOURCE, person.id().toString(), purpose));
        return found;
    }

    /** The history of a person's changes, newest first (CON-9); shown with the person, whose read is audited. */
    @Transactional(readOnly = true)
    public List<PersonChange> history(PersonId id) {
        return repository.history(id);
    }

    /**
     * CON-2, CON-5: removes from the history the values of one field of one entry — a NIR, a card number or another
     * value that was refused or flagged and must not survive there. The marker keeps who, when and why; the
     * redaction is audited with its reason. For the DPO only (checked by the caller's screen).
     *
     * @throws InvalidPersonData with a {@code redactionReason} violation when the reason is blank or too long
     * @throws PersonNotFound    when the person, the entry or the field does not exist or is already redacted
     */
    @Transactional
    public void redactHistory(PersonId id, long changeId, int fieldOrder, String reason) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidPersonData(List.of(PersonViolations.of("redactionReason", "required")));
        }
        if (why.length() > 500) {
            throw new InvalidPersonData(List.of(PersonViolations.of("redactionReason", "length", 500)));
        }
        repository.findById(id).orElseThrow(() -> PersonNotFound.forId(id));
        var field = repository.redact(id, changeId, fieldOrder, Instant.now(clock), CurrentActor.name(), why)
                .orElseThrow(() -> PersonNotFound.forId(id));
        audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null,
                "history redaction: change " + changeId + ", field " + field + "; reason: " + why);
    }

    /** Reviews a note without storing anything (the live check of the screens). */
    public FreeTextReview reviewNotes(String notes) {
        return freeText.review(notes);
    }

    /**
     * Creates a person with a generated id and internal code, for paths that have already looked for the person by
     * e-mail as {@link DuplicatePolicy} says (a public form, a web shop's consent) and found nobody. Staff create
     * through {@link #create(PersonData, boolean)}.
     *
     * @throws InvalidPersonData with every violation, field by field; nothing is stored
     */
    @Transactional
    public PersonView create(PersonData data) {
        var clean = collectedByDefaultToday(data.normalised(), LocalDate.now(clock));
        return insert(clean, validate(clean), null);
    }

    /**
     * Staff create a person (CON-9): refused when a person with the same e-mail address or phone number is already in
     * the file, unless the user confirmed that this is someone else; such a creation is audited as made despite the
     * person found. Staff creations wait for each other ({@code person_creation_lock}), so that two of them with the
     * same address at once cannot both pass the check.
     *
     * @param duplicateConfirmed the user saw the person found and confirmed creating another
     * @throws InvalidPersonData  with every violation, field by field; nothing is stored
     * @throws PossibleDuplicate  when a person matches and the user has not confirmed; nothing is stored
     */
    @Transactional
    public PersonView create(PersonData data, boolean duplicateConfirmed) {
        var clean = collectedByDefaultToday(data.normalised(), LocalDate.now(clock));
        var review = validate(clean);
        repository.lockCreations();
        var duplicate = repository.findDuplicate(DuplicatePolicy.emailKey(clean.email()),
                DuplicatePolicy.phoneKey(clean.phone()));
        if (duplicate.isPresent() && !duplicateConfirmed) {
            throw duplicate.get();
        }
        return insert(clean, review, duplicate.map(found -> "created despite a possible duplicate: person "
                + found.existing() + " has the same " + found.matchedBy().name().toLowerCase(Locale.ROOT)).orElse(null));
    }

    /**
     * Completes a person found by e-mail with what a form or a web shop brought, as {@link DuplicatePolicy} allows:
     * empty fields only. Audited and kept in the history as an update when something changed.
     *
     * @return the person as stored afterwards, {@code found} itself when nothing changed
     * @throws InvalidPersonData when the completed data breaks a rule; nothing is stored
     */
    @Transactional
    public PersonView complete(PersonView found, PersonData incoming) {
        var completed = DuplicatePolicy.complete(found.data(), incoming.normalised());
        return completed.equals(found.data()) ? found : update(found.id(), completed);
    }

    private PersonView insert(PersonData clean, FreeTextReview review, String auditDetail) {
        var id = new PersonId(UUID.randomUUID());
        var now = Instant.now(clock);
        repository.insert(id, codes.next(), clean, PersonSource.ofActor(CurrentActor.name()), now);
        repository.replaceFlags(id, review.flags());
        repository.addChange(id, now, CurrentActor.name(), "CREATED", changes(new PersonData(null, null, null, null, null,
                null, null, null, null, null, null, null, null, null), clean));
        if (auditDetail == null) {
            audit.personalData(AuditAction.CREATE, RESOURCE, id.toString(), null);
        } else {
            audit.personalData(AuditAction.CREATE, RESOURCE, id.toString(), null, auditDetail);
        }
        return repository.findById(id).orElseThrow();
    }

    /**
     * Replaces a person's data; the history records each changed field before and after.
     *
     * @throws InvalidPersonData with every violation, field by field; nothing is stored
     * @throws PersonNotFound    if there is no such person
     */
    @Transactional
    public PersonView update(PersonId id, PersonData data) {
        var current = repository.findById(id).orElseThrow(() -> PersonNotFound.forId(id));
        var clean = keepingUnstatedDates(data.normalised(), current.data());
        // the stored last contact is never below a recorded one: only a lower day stated needs to look them up
        var lowered = clean.lastContactAt() != null && current.lastContactAt() != null
                && clean.lastContactAt().isBefore(current.lastContactAt());
        var review = validate(clean, lowered ? repository.latestRecordedContact(id).orElse(null) : null);
        var changes = changes(current.data(), clean);
        if (!changes.isEmpty()) {
            var now = Instant.now(clock);
            repository.update(id, current.internalCode(), clean, now);
            repository.replaceFlags(id, review.flags());
            repository.addChange(id, now, CurrentActor.name(), "UPDATED", changes);
            audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), null);
        }
        return repository.findById(id).orElseThrow();
    }

    /**
     * Deletes a person and everything every module holds about them (DSR-5): the person disappears from every read,
     * search and match at once; {@link PersonErasureRequested} then has each module's personal-data holder erase its
     * part through the event publication registry, which resumes the erasure after a crash, contacts last. What a
     * legal duty keeps (the proof of an objection, the access log) is kept anonymised and reported.
     *
     * @throws PersonNotFound if there is no such person, or their erasure is already under way
     */
    @Transactional
    public void delete(PersonId id) {
        if (!repository.markErasureRequested(id, Instant.now(clock))) {
            throw PersonNotFound.forId(id);
        }
        audit.personalData(AuditAction.DELETE, RESOURCE, id.toString(), null);
        events.publishEvent(new PersonErasureRequested(id));
    }

    /**
     * Whether the erasure of a deleted person is complete: every module's holder has run and the person row is gone.
     */
    @Transactional(readOnly = true)
    public boolean erasureComplete(PersonId id) {
        return !repository.rowExists(id);
    }

    long countByExternalRefPrefix(String prefix) {
        return repository.countByExternalRefPrefix(prefix);
    }

    /**
     * Checks data without storing anything: every violation, field by field (for forms that must report
     * all errors at once, and for the CSV import's per-row report).
     */
    public List<Violation> check(PersonData data) {
        var clean = data.normalised();
        return PersonRules.check(clean, LocalDate.now(clock), freeText.review(clean));
    }

    private FreeTextReview validate(PersonData data) {
        return validate(data, null);
    }

    /**
     * @param recordedContact the latest contact recorded from a stored person, under which a stated last contact may
     *                        not go (the contacts recorded raise it); null for a new person
     */
    private FreeTextReview validate(PersonData data, LocalDate recordedContact) {
        var review = freeText.review(data);
        var violations = new ArrayList<>(PersonRules.check(data, LocalDate.now(clock), review));
        if (recordedContact != null && data.lastContactAt() != null
                && data.lastContactAt().isBefore(recordedContact)
                && violations.stream().noneMatch(violation -> violation.field().equals("lastContactAt"))) {
            violations.add(PersonViolations.of("lastContactAt", "beforeRecordedContact", recordedContact));
        }
        if (!violations.isEmpty()) {
            throw new InvalidPersonData(violations);
        }
        return review;
    }

    /** RET-1: a new person whose collection is not stated was collected today. */
    static PersonData collectedByDefaultToday(PersonData data, LocalDate today) {
        return data.collectedAt() != null ? data : data.withDates(today, data.lastContactAt());
    }

    /** A write that does not state the collection or the last contact leaves the stored days as they are. */
    static PersonData keepingUnstatedDates(PersonData data, PersonData stored) {
        return data.withDates(data.collectedAt() != null ? data.collectedAt() : stored.collectedAt(),
                data.lastContactAt() != null ? data.lastContactAt() : stored.lastContactAt());
    }

    static List<PersonChange.FieldChange> changes(PersonData before, PersonData after) {
        var changes = new ArrayList<PersonChange.FieldChange>();
        for (var field : FIELDS) {
            var old = field.value().apply(before);
            var now = field.value().apply(after);
            if (!Objects.equals(old, now)) {
                changes.add(new PersonChange.FieldChange(field.name(), old, now));
            }
        }
        return changes;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private record Field(String name, Function<PersonData, String> value) {
    }
}
