package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts from a person (PRO-6): a request, a reply, a call, a visit, a click in a message — never an e-mail
 * open. The three years after which a prospect who has not come back is no longer canvassed run from the last one;
 * for a customer, the last contact is one of the dates of the end of the commercial relationship
 * ({@link CommercialRelationshipEnd}). Each contact raises the person's {@code lastContactAt} in one statement, goes in
 * the person's history and the audit log.
 *
 * <p>Reads are not {@code readOnly} transactions because they write their audit entry.
 */
@Service
public class PersonContacts {

    /** The audit resource type of a person's contacts; the audited record id is the person's. */
    public static final String RESOURCE = "person-contact";

    private final RelationshipRepository repository;
    private final PersonRepository persons;
    private final AuditLog audit;
    private final Clock clock;

    PersonContacts(RelationshipRepository repository, PersonRepository persons, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a contact from the person on that day.
     *
     * @throws InvalidPersonData with violations of {@code date} (required, in the future) and {@code kind}
     *                           (required); nothing is stored
     * @throws PersonNotFound    if there is no such person
     */
    @Transactional
    public PersonContact record(PersonId person, LocalDate date, ContactKind kind) {
        repository.personType(person).orElseThrow(() -> PersonNotFound.forId(person));
        var violations = check(date, kind);
        if (!violations.isEmpty()) {
            throw new InvalidPersonData(violations);
        }
        var now = Instant.now(clock);
        var contact = new PersonContact(UUID.randomUUID(), person, date, kind, now, CurrentActor.name());
        repository.insertContact(contact);
        repository.raiseLastContact(person, date);
        persons.addChange(person, now, CurrentActor.name(), "CONTACT", List.of(
                new PersonChange.FieldChange("contactDate", null, date.toString()),
                new PersonChange.FieldChange("contactKind", null, kind.name())));
        audit.personalData(AuditAction.CREATE, RESOURCE, person.toString(), null,
                "contact " + contact.id() + " recorded");
        return repository.contact(contact.id()).orElseThrow();
    }

    /**
     * The contacts from the person, newest first; audited as a read with the stated purpose.
     *
     * @throws PersonNotFound if there is no such person
     */
    @Transactional
    public List<PersonContact> of(PersonId person, String purpose) {
        repository.personType(person).orElseThrow(() -> PersonNotFound.forId(person));
        var contacts = repository.contactsOf(person);
        audit.personalData(AuditAction.READ, RESOURCE, person.toString(), purpose);
        return contacts;
    }

    private List<Violation> check(LocalDate date, ContactKind kind) {
        var violations = new ArrayList<Violation>();
        if (date == null) {
            violations.add(PersonViolations.of("date", "required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            violations.add(PersonViolations.of("date", "notFuture"));
        }
        if (kind == null) {
            violations.add(PersonViolations.of("kind", "required"));
        }
        return violations;
    }
}
