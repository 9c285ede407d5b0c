package org.custodian.contacts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.custodian.contacts.Audience;
import org.custodian.contacts.Civility;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;

/**
 * The person form as the browser sends it: text only, converted here so that an unreadable value becomes
 * a field message rather than a failed request.
 */
record PersonForm(
        String type,
        String audience,
        String civility,
        String lastName,
        String firstNames,
        String email,
        String phone,
        String birthDate,
        String address,
        String company,
        String jobTitle,
        String accountingCode,
        String externalRef,
        String notes,
        String sector,
        Boolean genericAddress) {

    static PersonForm empty() {
        return new PersonForm(PersonType.PROSPECT.name(), Audience.CONSUMER.name(), null, null, null, null, null,
                null, null, null, null, null, null, null, null, false);
    }

    static PersonForm of(PersonData data) {
        return new PersonForm(name(data.type()), name(data.audience()), name(data.civility()), data.lastName(),
                data.firstNames(), data.email(), data.phone(),
                data.birthDate() == null ? null : data.birthDate().toString(), data.address(), data.company(),
                data.jobTitle(), data.accountingCode(), data.externalRef(), data.notes(), data.sector(),
                data.genericAddress());
    }

    PersonData toData() {
        return new PersonData(value(PersonType.class, type), value(Audience.class, audience),
                value(Civility.class, civility), lastName, firstNames, email, phone,
                birthDateUnreadable() || blank(birthDate) ? null : LocalDate.parse(birthDate.strip()), address,
                company, jobTitle, accountingCode, externalRef, notes, sector, Boolean.TRUE.equals(genericAddress));
    }

    /** A date the browser sent that is not an ISO date (browsers without a date picker). */
    boolean birthDateUnreadable() {
        if (blank(birthDate)) {
            return false;
        }
        try {
            LocalDate.parse(birthDate.strip());
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
