package org.custodian.mail;

import java.util.List;

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
 * The messages of the outbox written to the person (DSR-3, DSR-5): filed under the person, or, for messages written
 * before they were, found by the person's address while it is still known (the contacts holder erases last).
 */
@Component
class MailDataHolder implements PersonalDataHolder {

    static final String SECTION = "mail";

    private final MailOutbox outbox;
    private final ContactAddresses addresses;

    MailDataHolder(MailOutbox outbox, ContactAddresses addresses) {
        this.outbox = outbox;
        this.addresses = addresses;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("mail_message", List.of("e-mail address", "subject and body of the messages",
                "delivery status"), "PROSPECTING", "the outbox retention (custodian.mail.outbox-retention, 90 days "
                + "by default) after the message was written"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        return SubjectExport.of(SECTION).with("messages", outbox.ofPerson(person, addresses.emailAddresses(person)));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        return new ErasureResult(SECTION, outbox.deleteOfPersons(List.of(person), addresses.emailAddresses(person)), 0,
                List.of());
    }

    /** The batch form (RET-3): the same outcome as {@link #erase} for every person, in the caller's transaction. */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        var known = addresses.emailAddresses(batch).values().stream().flatMap(List::stream).toList();
        return new ErasureResult(SECTION, outbox.deleteOfPersons(batch, known), 0, List.of());
    }
}
