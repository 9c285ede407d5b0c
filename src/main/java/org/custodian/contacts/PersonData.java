package org.custodian.contacts;

import java.time.LocalDate;

/**
 * What staff or a system may write about a person (CON-1). The identifier and the internal code are
 * not part of it: they are generated (CON-2).
 *
 * @param sector         a professional's sector of activity, which with the job title tells whether a prospecting
 *                       message relates to their profession (PRO-2, seed 003)
 * @param genericAddress staff state that the e-mail address is a generic company address that identifies no one
 *                       ({@link GenericCompanyAddress})
 * @param collectedAt    RET-1, PRO-6: the day the person's data was collected, never in the future; a company moving
 *                       to Custodian states it from its old file. Null in a write: today for a new person, unchanged
 *                       for a stored one
 * @param lastContactAt  PRO-6: the day of the last contact from the person, never in the future nor before the
 *                       collection; a stated day sets it (migrated history), each contact recorded later raises it.
 *                       Null in a write: none for a new person, unchanged for a stored one
 */
public record PersonData(
        PersonType type,
        Audience audience,
        Civility civility,
        String lastName,
        String firstNames,
        String email,
        String phone,
        LocalDate birthDate,
        String address,
        String company,
        String jobTitle,
        String accountingCode,
        String externalRef,
        String notes,
        String sector,
        boolean genericAddress,
        LocalDate collectedAt,
        LocalDate lastContactAt) {

    /** The data without dates of collection and last contact: the defaults of {@link Persons} apply. */
    public PersonData(PersonType type, Audience audience, Civility civility, String lastName, String firstNames,
            String email, String phone, LocalDate birthDate, String address, String company, String jobTitle,
            String accountingCode, String externalRef, String notes, String sector, boolean genericAddress) {
        this(type, audience, civility, lastName, firstNames, email, phone, birthDate, address, company, jobTitle,
                accountingCode, externalRef, notes, sector, genericAddress, null, null);
    }

    /**
     * The data without the B2B relevance facts (no sector, not a generic address), for the paths that do not collect
     * them (public forms, the web shop's consent).
     */
    public PersonData(PersonType type, Audience audience, Civility civility, String lastName, String firstNames,
            String email, String phone, LocalDate birthDate, String address, String company, String jobTitle,
            String accountingCode, String externalRef, String notes) {
        this(type, audience, civility, lastName, firstNames, email, phone, birthDate, address, company, jobTitle,
                accountingCode, externalRef, notes, null, false, null, null);
    }

    /** The same data with these days of collection and last contact. */
    public PersonData withDates(LocalDate collected, LocalDate lastContact) {
        return new PersonData(type, audience, civility, lastName, firstNames, email, phone, birthDate, address,
                company, jobTitle, accountingCode, externalRef, notes, sector, genericAddress, collected, lastContact);
    }

    /**
     * The same data with blank strings as absent values, surrounding spaces removed and line breaks as {@code \n}:
     * a browser sends a text area's lines with {@code \r\n}, and an untouched address must not read as a change.
     */
    public PersonData normalised() {
        return new PersonData(type, audience, civility, clean(lastName), clean(firstNames), clean(email),
                clean(phone), birthDate, clean(address), clean(company), clean(jobTitle), clean(accountingCode),
                clean(externalRef), clean(notes), clean(sector), genericAddress, collectedAt, lastContactAt);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n").replace('\r', '\n');
    }
}
