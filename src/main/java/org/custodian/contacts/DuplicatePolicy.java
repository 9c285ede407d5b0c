package org.custodian.contacts;

import java.time.LocalDate;
import java.util.Locale;

/**
 * CON-9, the one policy against duplicates, for every path that brings a person in:
 * <ul>
 * <li><b>Who is the same person.</b> The e-mail address, case ignored ({@link #emailKey}), is the match key of the
 * forms, the web shop's consents and the CSV import: what they bring completes the person found instead of creating
 * another. Staff creating a person by hand (screen or API) are also warned of a person with the same phone number in
 * French national form ({@link #phoneKey}); a phone is no match key for the public paths, where anyone can type
 * anyone's number. A person erased or being erased matches nothing.</li>
 * <li><b>What a match may change</b> ({@link #complete}). It completes a person, it never corrects nor erases one:
 * each empty field takes the incoming value, a filled field keeps its own (staff may have corrected it since), and a
 * prospect becomes a customer when the incoming data says so, never the reverse. The audience (consumer or
 * professional) never changes: it decides which fields a person may have at all. The day of collection stays the
 * stored one; a later last contact from the person raises the stored one, as a contact recorded does (RET-1, PRO-6).</li>
 * <li><b>Creating a duplicate anyway</b> is the staff's explicit decision, audited as such
 * ({@link Persons#create(PersonData, boolean)}).</li>
 * </ul>
 */
final class DuplicatePolicy {

    private DuplicatePolicy() {
    }

    /** The stored data completed with the incoming; equal to {@code stored} when the incoming brings nothing new. */
    static PersonData complete(PersonData stored, PersonData incoming) {
        var type = stored.type() == PersonType.PROSPECT && incoming.type() == PersonType.CUSTOMER
                ? PersonType.CUSTOMER : stored.type();
        return new PersonData(type, stored.audience(), or(stored.civility(), incoming.civility()),
                or(stored.lastName(), incoming.lastName()), or(stored.firstNames(), incoming.firstNames()),
                or(stored.email(), incoming.email()), or(stored.phone(), incoming.phone()),
                or(stored.birthDate(), incoming.birthDate()), or(stored.address(), incoming.address()),
                or(stored.company(), incoming.company()), or(stored.jobTitle(), incoming.jobTitle()),
                or(stored.accountingCode(), incoming.accountingCode()),
                or(stored.externalRef(), incoming.externalRef()), or(stored.notes(), incoming.notes()),
                or(stored.sector(), incoming.sector()), stored.genericAddress() || incoming.genericAddress(),
                stored.collectedAt(), later(stored.lastContactAt(), incoming.lastContactAt()));
    }

    /** The match key of an e-mail address, whatever its case (stored as {@code email_key}), or null without one. */
    static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The phone's digits in French national form (stored as {@code phone_digits}): {@code +33 6 12} and
     * {@code 0033 6 12} become {@code 0612}; null without a phone.
     */
    static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        var digits = IdentifierGuard.digitsOf(phone);
        if (phone.strip().startsWith("+33")) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("0033")) {
            return "0" + digits.substring(4);
        }
        return digits;
    }

    private static LocalDate later(LocalDate stored, LocalDate incoming) {
        if (stored == null || incoming == null) {
            return or(stored, incoming);
        }
        return incoming.isAfter(stored) ? incoming : stored;
    }

    private static <T> T or(T stored, T incoming) {
        return stored != null ? stored : incoming;
    }
}
