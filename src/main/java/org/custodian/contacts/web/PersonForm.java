package org.custodian.contacts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        Boolean genericAddress,
        String collectedAt,
        String lastContactAt) {

    /** The fields holding a date, which the browser sends as text. */
    static final List<String> DATE_FIELDS = List.of("birthDate", "collectedAt", "lastContactAt");

    /** A new person's form: collected today unless the user states an earlier day. */
    static PersonForm empty(LocalDate today) {
        return new PersonForm(PersonType.PROSPECT.name(), Audience.CONSUMER.name(), null, null, null, null, null,
                null, null, null, null, null, null, null, null, false, today.toString(), null);
    }

    static PersonForm of(PersonData data) {
        return new PersonForm(name(data.type()), name(data.audience()), name(data.civility()), data.lastName(),
                data.firstNames(), data.email(), data.phone(),
                text(data.birthDate()), data.address(), data.company(),
                data.jobTitle(), data.accountingCode(), data.externalRef(), data.notes(), data.sector(),
                data.genericAddress(), text(data.collectedAt()), text(data.lastContactAt()));
    }

    PersonData toData() {
        return new PersonData(value(PersonType.class, type), value(Audience.class, audience),
                value(Civility.class, civility), lastName, firstNames, email, phone,
                date(birthDate), address, company, jobTitle, accountingCode, externalRef, notes, sector,
                Boolean.TRUE.equals(genericAddress), date(collectedAt), date(lastContactAt));
    }

    /**
     * The date fields whose value is not an ISO date (browsers without a date picker), in the form's order. An empty
     * collection or last contact keeps the stored day (a new person: collected today, no contact).
     */
    List<String> unreadableDates() {
        var unreadable = new ArrayList<String>();
        var values = Arrays.asList(birthDate, collectedAt, lastContactAt);
        for (var i = 0; i < DATE_FIELDS.size(); i++) {
            if (!blank(values.get(i)) && date(values.get(i)) == null) {
                unreadable.add(DATE_FIELDS.get(i));
            }
        }
        return unreadable;
    }

    /** The day a field holds; null when empty or unreadable ({@link #unreadableDates()} reports it). */
    private static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
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
