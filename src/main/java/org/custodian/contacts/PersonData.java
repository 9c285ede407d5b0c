package org.custodian.contacts;

import java.time.LocalDate;

/**
 * What staff or a system may write about a person (CON-1). The identifier and the internal code are
 * not part of it: they are generated (CON-2).
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
        String notes) {

    /**
     * The same data with blank strings as absent values, surrounding spaces removed and line breaks as {@code \n}:
     * a browser sends a text area's lines with {@code \r\n}, and an untouched address must not read as a change.
     */
    public PersonData normalised() {
        return new PersonData(type, audience, civility, clean(lastName), clean(firstNames), clean(email),
                clean(phone), birthDate, clean(address), clean(company), clean(jobTitle), clean(accountingCode),
                clean(externalRef), clean(notes));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n").replace('\r', '\n');
    }
}
