package org.custodian.contacts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ContactAddresses;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's file itself (DSR-3, DSR-5): identity and contact data, the note and its review flags, the history of
 * changes, the encrypted sensitive data with their consent proof, the purchases and contracts with the facts of each
 * sale, the contacts from the person and the restrictions of processing. Erased last: the other holders find their
 * rows by the address held here.
 */
@Component
class ContactsDataHolder implements PersonalDataHolder, ContactAddresses {

    static final String SECTION = "contacts";

    private final PersonRepository persons;
    private final SensitiveDataRepository sensitive;
    private final SensitiveData sensitiveData;
    private final RelationshipRepository relationship;
    private final RestrictionRepository restrictions;

    ContactsDataHolder(PersonRepository persons, SensitiveDataRepository sensitive, SensitiveData sensitiveData,
            RelationshipRepository relationship, RestrictionRepository restrictions) {
        this.persons = persons;
        this.sensitive = sensitive;
        this.sensitiveData = sensitiveData;
        this.relationship = relationship;
        this.restrictions = restrictions;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public boolean erasesLast() {
        return true;
    }

    @Override
    public List<HeldData> inventory() {
        var file = "customers: the contractual relationship, then 3 years for prospecting; prospects: 3 years from "
                + "collection or the last contact (CNIL standard on commercial management, § 7)";
        return List.of(
                new HeldData("person", List.of("identification", "contact details", "date of birth",
                        "professional life", "internal and accounting codes", "free-text note"),
                        "CONTRACT_MANAGEMENT", file),
                new HeldData("person_note_flag", List.of("review flags of the note (terms found)"),
                        "CONTRACT_MANAGEMENT", "as long as the note"),
                new HeldData("person_change", List.of("history of changes: who, when, origin"),
                        "CONTRACT_MANAGEMENT", "as long as the person's record"),
                new HeldData("person_change_field", List.of("history of changes: values before and after"),
                        "CONTRACT_MANAGEMENT", "as long as the person's record"),
                new HeldData("person_sensitive_data", List.of("special categories (Art. 9), encrypted",
                        "proof of explicit consent: text, form, versions, IP address, user agent"),
                        "CONTRACT_MANAGEMENT", "until the consent is withdrawn or the person is erased"),
                new HeldData("person_purchase", List.of("purchases and contracts: date, product family, warranty "
                        + "and contract ends", "facts of the sale: e-mail collected at the sale, opposition offered, "
                        + "opposed"), "CONTRACT_MANAGEMENT", file),
                new HeldData("person_contact", List.of("contacts from the person: date and kind"),
                        "CONTRACT_MANAGEMENT", file),
                new HeldData("person_restriction", List.of("restrictions of processing: ground, reason, who placed "
                        + "and lifted them, when"), "CONTRACT_MANAGEMENT", "as long as the person's record"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var file = persons.findAnyState(person);
        if (file.isEmpty()) {
            return SubjectExport.of(SECTION);
        }
        return SubjectExport.of(SECTION)
                .with("person", List.of(file.get()))
                .with("history", persons.history(person))
                .with("sensitive_data", sensitiveData.exportOf(person))
                .with("purchases", relationship.purchasesOf(person))
                .with("contacts", relationship.contactsOf(person))
                .with("restrictions", restrictions.of(person));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var erased = sensitive.deleteAllOf(person) + relationship.deletePurchasesOf(person)
                + relationship.deleteContactsOf(person) + restrictions.deleteAllOf(person) + persons.eraseAll(person);
        return new ErasureResult(SECTION, erased, 0, List.of());
    }

    /** The batch form (RET-3): the same tables as {@link #erase}, one statement each, in the caller's transaction. */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        if (batch.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        return new ErasureResult(SECTION, persons.eraseBatch(batch.stream().map(PersonId::value).toList()), 0,
                List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> emailAddresses(PersonId person) {
        return emailAddresses(List.of(person)).getOrDefault(person, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, List<String>> emailAddresses(Collection<PersonId> batch) {
        var found = persons.emailsOfAnyState(batch.stream().map(PersonId::value).toList());
        var addresses = new HashMap<PersonId, List<String>>();
        found.forEach((id, email) -> addresses.put(new PersonId(id), List.of(normalised(email))));
        return addresses;
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
