package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DSR-5 — the restriction of processing (GDPR art. 18; 000 §9: «temporarily freeze the processing of their data while
 * it carries out the necessary checks»): «a freeze that every processing honours: campaigns, exports, exclusions».
 * Placed with its ground and reason, lifted with a reason once the person has been told (art. 18(3): the person «shall
 * be informed by the controller before the restriction of processing is lifted»). While it is in force, the
 * prospecting engine excludes the person from every campaign, a campaign message already written is not delivered,
 * and the exports of the file leave the person out; the data itself is kept, storage being the one processing art.
 * 18(2) allows. Each change goes in the person's history and the audit log.
 */
@Service
public class Restrictions {

    /** The audit resource type of a restriction; the audited record id is the person's. */
    public static final String RESOURCE = "person-restriction";

    static final int MAX_REASON = 1000;

    private final RestrictionRepository repository;
    private final RelationshipRepository relationship;
    private final PersonRepository persons;
    private final AuditLog audit;
    private final Clock clock;

    Restrictions(RestrictionRepository repository, RelationshipRepository relationship, PersonRepository persons,
            AuditLog audit, Clock clock) {
        this.repository = repository;
        this.relationship = relationship;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Restricts the processing of the person's data from now on.
     *
     * @param ground the name of a {@link RestrictionGround}, as a form or the API sends it
     * @throws InvalidPersonData with violations of {@code ground} (required, unknown), {@code reason} (required, at most 1,000
     *                           characters) or {@code restriction} (already in force); nothing is stored
     * @throws PersonNotFound    if there is no such person
     */
    @Transactional
    public Restriction restrict(PersonId person, String ground, String reason) {
        relationship.personType(person).orElseThrow(() -> PersonNotFound.forId(person));
        var violations = new ArrayList<Violation>();
        var known = ground == null ? Optional.<RestrictionGround>empty()
                : Arrays.stream(RestrictionGround.values()).filter(value -> value.name().equals(ground.strip()))
                        .findFirst();
        if (ground == null || ground.isBlank()) {
            violations.add(PersonViolations.of("ground", "required"));
        } else if (known.isEmpty()) {
            violations.add(PersonViolations.of("ground", "ground"));
        }
        checkReason("reason", reason, violations);
        if (repository.inForce(person).isPresent()) {
            violations.add(PersonViolations.of("restriction", "alreadyRestricted"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidPersonData(violations);
        }
        var now = Instant.now(clock);
        var restriction = new Restriction(UUID.randomUUID(), person, known.get(), reason.strip(), now,
                CurrentActor.name(), null, null, null);
        try {
            repository.insert(restriction);
        } catch (DuplicateKeyException concurrent) {
            // placed by someone else between the check and the insert
            throw new InvalidPersonData(List.of(PersonViolations.of("restriction", "alreadyRestricted")));
        }
        persons.addChange(person, now, CurrentActor.name(), "RESTRICTED", List.of(
                new PersonChange.FieldChange("restrictionGround", null, restriction.ground().name()),
                new PersonChange.FieldChange("restrictionReason", null, restriction.reason())));
        audit.personalData(AuditAction.UPDATE, RESOURCE, person.toString(), null,
                "restriction " + restriction.id() + " placed (" + restriction.ground() + ")");
        // as stored: the database keeps microseconds
        return repository.inForce(person).orElseThrow();
    }

    /**
     * Lifts the restriction in force.
     *
     * @param informed whether the person was told before the lifting (art. 18(3)); it must be
     * @throws InvalidPersonData with violations of {@code reason} (required, at most 1,000 characters),
     *                           {@code informed} (not told) or {@code restriction} (none in force); nothing changes
     * @throws PersonNotFound    if there is no such person
     */
    @Transactional
    public Restriction lift(PersonId person, String reason, boolean informed) {
        relationship.personType(person).orElseThrow(() -> PersonNotFound.forId(person));
        var violations = new ArrayList<Violation>();
        checkReason("reason", reason, violations);
        if (!informed) {
            violations.add(PersonViolations.of("informed", "informedBeforeLifting"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidPersonData(violations);
        }
        var now = Instant.now(clock);
        var lifted = repository.lift(person, now, CurrentActor.name(), reason.strip())
                .orElseThrow(() -> new InvalidPersonData(List.of(PersonViolations.of("restriction", "notRestricted"))));
        persons.addChange(person, now, CurrentActor.name(), "LIFTED", List.of(
                new PersonChange.FieldChange("restrictionLiftReason", null, reason.strip())));
        audit.personalData(AuditAction.UPDATE, RESOURCE, person.toString(), null,
                "restriction " + lifted + " lifted; the person was informed beforehand");
        return repository.of(person).stream().filter(r -> r.id().equals(lifted)).findFirst().orElseThrow();
    }

    /**
     * The restriction in force on the person's data, if any. Not audited apart: it is read with the person's page
     * or the decision that needs it, which are.
     */
    @Transactional(readOnly = true)
    public Optional<Restriction> inForce(PersonId person) {
        return repository.inForce(person);
    }

    /** The person's restrictions, in force and lifted, the latest first. */
    @Transactional(readOnly = true)
    public List<Restriction> history(PersonId person) {
        return repository.of(person);
    }

    /** Those of these persons whose processing is restricted now, in one statement per thousand persons. */
    @Transactional(readOnly = true)
    public Set<PersonId> restrictedAmong(Collection<PersonId> persons) {
        return persons.isEmpty() ? Set.of() : repository.restrictedAmong(persons);
    }

    /** How many persons of the file have their processing restricted now (the exports leave them out). */
    @Transactional(readOnly = true)
    public long countInForce() {
        return repository.countInForce();
    }

    private static void checkReason(String field, String reason, List<Violation> violations) {
        if (reason == null || reason.isBlank()) {
            violations.add(PersonViolations.of(field, "required"));
        } else if (reason.strip().length() > MAX_REASON) {
            violations.add(PersonViolations.of(field, "length", MAX_REASON));
        }
    }
}
