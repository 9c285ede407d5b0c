package org.custodian.prospecting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ContactAddresses;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.Kept;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppression list as personal data (DSR-3, DSR-5, PRO-3). A keyed hash of an address is pseudonymous data: whoever
 * holds the key can tell whether it is a given person's address, so the list is personal data, listed here.
 * <p>
 * The person's erasure does not delete it, it feeds it: it is this holder, run by {@code contacts.PersonErasure} on
 * {@code PersonErasureRequested} before the contacts holder erases the address, that puts the erased person's address
 * on the list when they had objected to prospecting or withdrawn their consent to it (the consent holder keeps those
 * records), dated by that statement, so that the person is not canvassed again if they come back through an import or
 * a form. A listener of its own would race the contacts holder for the address. Entries are kept, with their legal
 * reason, for {@code custodian.prospecting.suppression-proof-retention} after the latest opposition.
 */
@Component
class SuppressionDataHolder implements PersonalDataHolder {

    static final String SECTION = "prospecting.suppression";

    private final SuppressionList list;
    private final ContactAddresses addresses;
    private final ConsentLedger ledger;
    private final ProspectingProperties properties;

    SuppressionDataHolder(SuppressionList list, ContactAddresses addresses, ConsentLedger ledger,
            ProspectingProperties properties) {
        this.list = list;
        this.addresses = addresses;
        this.ledger = ledger;
        this.properties = properties;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("suppression_entry", List.of("keyed hash (HMAC-SHA256) of an e-mail address or "
                + "a phone number: pseudonymous personal data, never the address itself", "channel, date, source and "
                + "reason of the opposition"), SuppressionList.PROSPECTING, "as long as the opposition must be "
                + "honoured; after the person's erasure, for the limitation period after their latest opposition "
                + "(proof that it is honoured, GDPR Art. 21(3))"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var found = new ArrayList<SuppressionEntryView>();
        addresses.emailAddresses(person).forEach(email -> found.addAll(list.entriesOf(email, null)));
        return SubjectExport.of(SECTION).with("suppression_entries", found);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var emails = addresses.emailAddresses(person);
        if (emails.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        suppress(person, emails);
        var entries = new ArrayList<SuppressionEntryView>();
        emails.forEach(email -> entries.addAll(list.entriesOf(email, null)));
        if (entries.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        var latest = entries.stream().map(SuppressionEntryView::recordedAt).max(Instant::compareTo).orElseThrow();
        return new ErasureResult(SECTION, 0, 0, List.of(new Kept(entries.size() + " suppression-list entr"
                + (entries.size() == 1 ? "y" : "ies") + ": keyed hash of the address, channel, date, source",
                "the person's opposition to prospecting must keep being honoured (GDPR Art. 21(3)) and its honouring "
                        + "proven, within the limitation period (CNIL standard on commercial management, § 7; Civil "
                        + "Code art. 2224)",
                latest.atOffset(ZoneOffset.UTC).plus(properties.suppressionProofRetention()).toInstant())));
    }

    /**
     * The batch form (RET-3): the same entries as {@link #erase} for every person, in the caller's transaction. One
     * read finds the few persons of the batch who ever objected or withdrew; only their ledger is read.
     */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        var known = addresses.emailAddresses(batch);
        if (known.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        var refused = ledger.refusedAmong(known.keySet().stream().map(PersonId::value).toList(),
                SuppressionList.PROSPECTING);
        known.forEach((person, emails) -> {
            if (refused.contains(person.value())) {
                suppress(person, emails);
            }
        });
        return ErasureResult.nothing(SECTION);
    }

    /** Puts the addresses on the list for each channel on which the person's prospecting stands refused. */
    private void suppress(PersonId person, List<String> emails) {
        for (var state : ledger.current(person.value())) {
            var refused = state.status() == ConsentStatus.OBJECTED || state.status() == ConsentStatus.WITHDRAWN;
            if (refused && SuppressionList.PROSPECTING.equals(state.purpose())) {
                emails.forEach(email -> list.put(email, null, SuppressionChannel.of(state.channel()),
                        SuppressionSource.ERASURE, null, state.since()));
            }
        }
    }
}
