package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchases and contracts of persons (RET, PRO-6) with the facts of each sale that the soft opt-in reads (PRO-2),
 * recorded by sales and customer service on the person page, by the API and by the import. Each purchase goes in the
 * person's history and the audit log, makes a prospect a customer, raises the person's end of the commercial
 * relationship ({@link CommercialRelationshipEnd}) and is announced by {@link PurchaseRecorded}.
 *
 * <p>Reads are not {@code readOnly} transactions because they write their audit entry.
 */
@Service
public class Purchases {

    /** The audit resource type of a person's purchases; the audited record id is the person's. */
    public static final String RESOURCE = "person-purchase";

    private final RelationshipRepository repository;
    private final PersonRepository persons;
    private final ProductFamilies families;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Purchases(RelationshipRepository repository, PersonRepository persons, ProductFamilies families, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.persons = persons;
        this.families = families;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a purchase of the person.
     *
     * @throws InvalidPersonData with every violation, field by field: {@code date} (required, in the future),
     *                           {@code productFamily} (required, unknown, retired), {@code warrantyEnd} and
     *                           {@code contractEnd} (before the purchase), {@code opposed} (an opposition that was
     *                           not offered); nothing is stored
     * @throws PersonNotFound    if there is no such person
     */
    @Transactional
    public Purchase record(PersonId person, PurchaseData data) {
        var type = repository.personType(person).orElseThrow(() -> PersonNotFound.forId(person));
        var violations = check(data);
        if (!violations.isEmpty()) {
            throw new InvalidPersonData(violations);
        }
        var family = families.find(data.productFamily()).orElseThrow();
        var now = Instant.now(clock);
        var purchase = new Purchase(UUID.randomUUID(), person, data.date(), family.code(), data.warrantyEnd(),
                data.contractEnd(), yes(data.emailCollectedAtSale()), yes(data.oppositionOffered()), yes(data.opposed()),
                now, CurrentActor.name());
        repository.insertPurchase(purchase);
        repository.raiseRelationshipEnd(person, CommercialRelationshipEnd.of(purchase));
        var fields = new ArrayList<PersonChange.FieldChange>();
        if (type == PersonType.PROSPECT) {
            repository.makeCustomer(person, now);
            fields.add(new PersonChange.FieldChange("type", PersonType.PROSPECT.name(), PersonType.CUSTOMER.name()));
        }
        fields.add(new PersonChange.FieldChange("purchaseDate", null, purchase.date().toString()));
        fields.add(new PersonChange.FieldChange("productFamily", null, family.name()));
        if (purchase.warrantyEnd() != null) {
            fields.add(new PersonChange.FieldChange("warrantyEnd", null, purchase.warrantyEnd().toString()));
        }
        if (purchase.contractEnd() != null) {
            fields.add(new PersonChange.FieldChange("contractEnd", null, purchase.contractEnd().toString()));
        }
        fields.add(new PersonChange.FieldChange("emailCollectedAtSale", null,
                String.valueOf(purchase.emailCollectedAtSale())));
        fields.add(new PersonChange.FieldChange("oppositionOffered", null,
                String.valueOf(purchase.oppositionOffered())));
        fields.add(new PersonChange.FieldChange("opposed", null, String.valueOf(purchase.opposed())));
        persons.addChange(person, now, CurrentActor.name(), "PURCHASE", fields);
        audit.personalData(AuditAction.CREATE, RESOURCE, person.toString(), null,
                "purchase " + purchase.id() + " recorded");
        events.publishEvent(new PurchaseRecorded(purchase.id(), person));
        return repository.purchase(purchase.id()).orElseThrow();
    }

    /**
     * The person's purchases, newest first; audited as a read with the stated purpose.
     *
     * @throws PersonNotFound if there is no such person
     */
    @Transactional
    public List<Purchase> of(PersonId person, String purpose) {
        repository.personType(person).orElseThrow(() -> PersonNotFound.forId(person));
        var purchases = repository.purchasesOf(person);
        audit.personalData(AuditAction.READ, RESOURCE, person.toString(), purpose);
        return purchases;
    }

    /**
     * One purchase with the facts of its sale, for the module that records the soft opt-in evidence from
     * {@link PurchaseRecorded}; audited as a read of the person's purchases with the stated purpose. Empty when the
     * purchase does not exist, or its person is being erased.
     */
    @Transactional
    public Optional<Purchase> find(UUID purchaseId, String purpose) {
        var found = repository.purchase(purchaseId)
                .filter(purchase -> repository.personType(purchase.personId()).isPresent());
        found.ifPresent(purchase -> audit.personalData(AuditAction.READ, RESOURCE, purchase.personId().toString(),
                purpose, "purchase " + purchaseId));
        return found;
    }

    /**
     * The end of the commercial relationship with the person (RET, PRO-6), as the person row keeps it: the latest of
     * the last purchase, a warranty end, a contract end and the last contact from the person; empty when none is
     * known. Read with the person (not audited separately).
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> relationshipEnd(PersonId person) {
        return persons.findById(person).map(PersonView::relationshipEndAt);
    }

    /** Checks a purchase without storing it (the import's per-row report, the screens). */
    public List<Violation> check(PurchaseData data) {
        var violations = new ArrayList<Violation>();
        var today = LocalDate.now(clock);
        if (data.date() == null) {
            violations.add(PersonViolations.of("date", "required"));
        } else if (data.date().isAfter(today)) {
            violations.add(PersonViolations.of("date", "notFuture"));
        }
        if (data.productFamily() == null || data.productFamily().isBlank()) {
            violations.add(PersonViolations.of("productFamily", "required"));
        } else {
            var family = families.find(data.productFamily());
            if (family.isEmpty()) {
                violations.add(PersonViolations.of("productFamily", "familyUnknown"));
            } else if (family.get().retired()) {
                violations.add(PersonViolations.of("productFamily", "familyRetired"));
            }
        }
        if (data.date() != null && data.warrantyEnd() != null && data.warrantyEnd().isBefore(data.date())) {
            violations.add(PersonViolations.of("warrantyEnd", "endBeforePurchase"));
        }
        if (data.date() != null && data.contractEnd() != null && data.contractEnd().isBefore(data.date())) {
            violations.add(PersonViolations.of("contractEnd", "endBeforePurchase"));
        }
        if (yes(data.opposed()) && !yes(data.oppositionOffered())) {
            violations.add(PersonViolations.of("opposed", "oppositionNotOffered"));
        }
        return violations;
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
