package org.custodian.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.contacts.Civility;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PurchaseData;

/**
 * Turns one CSV record into a person's data and, optionally, an imported consent, reporting the values
 * that cannot be read (unknown type, malformed date ...). The person's rules are checked afterwards by
 * the contacts module, like for a form.
 */
final class RowConverter {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Map<String, PersonType> TYPES = Map.of("prospect", PersonType.PROSPECT,
            "customer", PersonType.CUSTOMER, "client", PersonType.CUSTOMER, "cliente", PersonType.CUSTOMER);
    private static final Map<String, Audience> AUDIENCES = Map.of("consumer", Audience.CONSUMER,
            "particulier", Audience.CONSUMER, "b2c", Audience.CONSUMER, "professional", Audience.PROFESSIONAL,
            "professionnel", Audience.PROFESSIONAL, "pro", Audience.PROFESSIONAL, "b2b", Audience.PROFESSIONAL);
    private static final Map<String, Civility> CIVILITIES = Map.of("mr", Civility.MR, "m", Civility.MR,
            "monsieur", Civility.MR, "ms", Civility.MS, "mrs", Civility.MS, "mme", Civility.MS, "madame", Civility.MS);
    private static final Map<String, Channel> CHANNELS = Map.of("email", Channel.EMAIL, "mail", Channel.EMAIL,
            "courriel", Channel.EMAIL, "sms", Channel.SMS, "phone", Channel.PHONE, "telephone", Channel.PHONE,
            "tel", Channel.PHONE, "post", Channel.POST, "courrier", Channel.POST, "postal", Channel.POST);

    private static final Map<String, Boolean> YES_NO = Map.of("oui", true, "yes", true, "true", true, "1", true,
            "x", true, "non", false, "no", false, "false", false, "0", false);

    /** A consent column set of one row. */
    record Consent(String purpose, Channel channel, LocalDate date) {
    }

    /** One value that could not be read, or one consent rule broken. */
    record Problem(String field, String rule, String messageKey, List<Object> arguments) {
    }

    /** The row as read: data with unreadable values left empty, and the problems found. */
    record Converted(PersonData data, Consent consent, PurchaseData purchase, List<Problem> problems) {
    }

    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    private final PersonType defaultType;
    private final Audience defaultAudience;
    private final Set<String> purposes;
    private final LocalDate today;

    RowConverter(List<ImportField> mapping, PersonType defaultType, Audience defaultAudience, Set<String> purposes,
            LocalDate today) {
        for (var i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != null) {
                columns.put(mapping.get(i), i);
            }
        }
        this.defaultType = defaultType;
        this.defaultAudience = defaultAudience;
        this.purposes = purposes;
        this.today = today;
    }

    boolean importsConsents() {
        return columns.containsKey(ImportField.CONSENT_PURPOSE) || columns.containsKey(ImportField.CONSENT_CHANNEL);
    }

    Converted convert(CSVRecord record) {
        var problems = new ArrayList<Problem>();
        for (var column : columns.entrySet()) {
            // PostgreSQL cannot store a null character: the row is refused here rather than failing its batch.
            if (column.getValue() < record.size() && record.get(column.getValue()).indexOf('\0') >= 0) {
                problems.add(new Problem(column.getKey().key(), "import.value", "import.error.nullCharacter", List.of()));
            }
        }
        var type = choice(record, ImportField.TYPE, TYPES, defaultType, problems);
        var audience = choice(record, ImportField.AUDIENCE, AUDIENCES, defaultAudience, problems);
        var civility = choice(record, ImportField.CIVILITY, CIVILITIES, null, problems);
        var data = new PersonData(type, audience, civility, value(record, ImportField.LAST_NAME),
                value(record, ImportField.FIRST_NAMES), value(record, ImportField.EMAIL),
                value(record, ImportField.PHONE), date(record, ImportField.BIRTH_DATE, problems),
                value(record, ImportField.ADDRESS), value(record, ImportField.COMPANY),
                value(record, ImportField.JOB_TITLE), value(record, ImportField.ACCOUNTING_CODE),
                value(record, ImportField.EXTERNAL_REF), value(record, ImportField.NOTES),
                value(record, ImportField.SECTOR), yesNo(record, ImportField.GENERIC_ADDRESS, problems),
                date(record, ImportField.COLLECTED_AT, problems), date(record, ImportField.LAST_CONTACT_AT, problems));
        return new Converted(data, consent(record, data, problems), purchase(record, problems), problems);
    }

    /** The purchase the row states (PRO-2, PRO-6), or null when its purchase columns are absent or empty. */
    private PurchaseData purchase(CSVRecord record, List<Problem> problems) {
        var stated = columns.keySet().stream().filter(ImportField::purchase)
                .anyMatch(field -> value(record, field) != null);
        if (!stated) {
            return null;
        }
        return new PurchaseData(date(record, ImportField.PURCHASE_DATE, problems),
                value(record, ImportField.PRODUCT_FAMILY), date(record, ImportField.WARRANTY_END, problems),
                date(record, ImportField.CONTRACT_END, problems),
                yesNo(record, ImportField.EMAIL_COLLECTED_AT_SALE, problems),
                yesNo(record, ImportField.OPPOSITION_OFFERED, problems), yesNo(record, ImportField.OPPOSED, problems));
    }

    private Consent consent(CSVRecord record, PersonData data, List<Problem> problems) {
        var purposeText = value(record, ImportField.CONSENT_PURPOSE);
        var channelText = value(record, ImportField.CONSENT_CHANNEL);
        var date = date(record, ImportField.CONSENT_DATE, problems);
        if (purposeText == null && channelText == null) {
            if (date != null) {
                problems.add(new Problem(ImportField.CONSENT_PURPOSE.key(), "required",
                        "import.error.consentIncomplete", List.of()));
            }
            return null;
        }
        if (purposeText == null || channelText == null) {
            var missing = purposeText == null ? ImportField.CONSENT_PURPOSE : ImportField.CONSENT_CHANNEL;
            problems.add(new Problem(missing.key(), "required", "import.error.consentIncomplete", List.of()));
            return null;
        }
        var purpose = purposeText.strip().toUpperCase(Locale.ROOT);
        if (!purposes.contains(purpose)) {
            problems.add(new Problem(ImportField.CONSENT_PURPOSE.key(), "import.purpose", "import.error.purpose",
                    List.of(String.join(", ", purposes.stream().sorted().toList()))));
            return null;
        }
        var channel = CHANNELS.get(ImportField.squash(channelText));
        if (channel == null) {
            problems.add(new Problem(ImportField.CONSENT_CHANNEL.key(), "import.value", "import.error.value",
                    List.of("EMAIL, SMS, PHONE, POST")));
            return null;
        }
        if (date != null && date.isAfter(today)) {
            problems.add(new Problem(ImportField.CONSENT_DATE.key(), "past", "import.error.future", List.of()));
            return null;
        }
        var reachable = switch (channel) {
            case EMAIL -> data.email() != null;
            case SMS, PHONE -> data.phone() != null;
            case POST -> data.address() != null;
        };
        if (!reachable) {
            problems.add(new Problem(ImportField.CONSENT_CHANNEL.key(), "import.contact",
                    "import.error.consentContact." + channel.name(), List.of()));
            return null;
        }
        return new Consent(purpose, channel, date);
    }

    private <T> T choice(CSVRecord record, ImportField field, Map<String, T> values, T fallback,
            List<Problem> problems) {
        var text = value(record, field);
        if (text == null) {
            return fallback;
        }
        var found = values.get(ImportField.squash(text));
        if (found == null) {
            problems.add(new Problem(field.key(), "import.value", "import.error.value",
                    List.of(String.join(", ", values.keySet().stream().sorted().toList()))));
            // the fallback keeps the person's own rules from reporting the same field twice
            return fallback;
        }
        return found;
    }

    /** A yes/no column: empty is no; an unreadable value is reported and read as no. */
    private boolean yesNo(CSVRecord record, ImportField field, List<Problem> problems) {
        var text = value(record, field);
        if (text == null) {
            return false;
        }
        var found = YES_NO.get(ImportField.squash(text));
        if (found == null) {
            problems.add(new Problem(field.key(), "import.value", "import.error.value", List.of("oui, non")));
            return false;
        }
        return found;
    }

    private LocalDate date(CSVRecord record, ImportField field, List<Problem> problems) {
        var text = value(record, field);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field.key(), "import.date", "import.error.date", List.of()));
            return null;
        }
    }

    private String value(CSVRecord record, ImportField field) {
        var index = columns.get(field);
        if (index == null || index >= record.size()) {
            return null;
        }
        var value = record.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
