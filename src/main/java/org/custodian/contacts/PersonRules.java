package org.custodian.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.custodian.shared.Violation;

/**
 * CON-1, CON-2, CON-5: the checks every person's data passes before it is stored, whatever the input
 * path. Pure: the caller gives today's date and the free-text review.
 */
final class PersonRules {

    static final int MAX_AGE_YEARS = 130;
    static final int MAX_SECTOR = 100;

    /** A sector is a few words on one line: letters, digits, spaces and common punctuation (PRO-2). */
    private static final Pattern SECTOR = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’&,./()+\\-]*");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-]+");

    private PersonRules() {
    }

    static List<Violation> check(PersonData data, LocalDate today, FreeTextReview notesReview) {
        var violations = new ArrayList<Violation>();
        if (data.type() == null) {
            violations.add(PersonViolations.of("type", "required"));
        }
        if (data.audience() == null) {
            violations.add(PersonViolations.of("audience", "required"));
        }
        if (data.lastName() == null) {
            violations.add(PersonViolations.of("lastName", "required"));
        }
        length(violations, "lastName", data.lastName(), 100);
        length(violations, "firstNames", data.firstNames(), 150);
        if (data.email() != null && !length(violations, "email", data.email(), 254)
                && !EMAIL.matcher(data.email()).matches()) {
            violations.add(PersonViolations.of("email", "email"));
        }
        if (data.phone() != null && !length(violations, "phone", data.phone(), 30)) {
            var digits = IdentifierGuard.digitsOf(data.phone()).length();
            if (!PHONE.matcher(data.phone()).matches() || digits < 6 || digits > 15) {
                violations.add(PersonViolations.of("phone", "phone"));
            }
        }
        if (data.birthDate() != null) {
            if (!data.birthDate().isBefore(today)) {
                violations.add(PersonViolations.of("birthDate", "past"));
            } else if (data.birthDate().isBefore(today.minusYears(MAX_AGE_YEARS))) {
                violations.add(PersonViolations.of("birthDate", "plausible", MAX_AGE_YEARS));
            }
        }
        dates(violations, data, today);
        length(violations, "address", data.address(), 500);
        if (data.audience() == Audience.PROFESSIONAL && data.company() == null) {
            violations.add(PersonViolations.of("company", "required"));
        }
        if (data.audience() == Audience.CONSUMER) {
            // Minimisation: a consumer has no employer or job title in a customer file.
            if (data.company() != null) {
                violations.add(PersonViolations.of("company", "professionalOnly"));
            }
            if (data.jobTitle() != null) {
                violations.add(PersonViolations.of("jobTitle", "professionalOnly"));
            }
            if (data.sector() != null) {
                violations.add(PersonViolations.of("sector", "professionalOnly"));
            }
            if (data.genericAddress()) {
                violations.add(PersonViolations.of("genericAddress", "professionalOnly"));
            }
        }
        length(violations, "company", data.company(), 200);
        length(violations, "jobTitle", data.jobTitle(), 150);
        if (data.sector() != null && !length(violations, "sector", data.sector(), MAX_SECTOR)
                && !SECTOR.matcher(data.sector()).matches()) {
            violations.add(PersonViolations.of("sector", "sector"));
        }
        identifier(violations, "accountingCode", data.accountingCode(), 40);
        identifier(violations, "externalRef", data.externalRef(), 100);
        if (!length(violations, "notes", data.notes(), 4000)) {
            for (var refusal : notesReview.refusals()) {
                violations.add(PersonViolations.of("notes",
                        refusal == IdentifierGuard.Kind.PAYMENT_CARD ? "CON-5.CARD" : "CON-5.NIR"));
            }
        }
        return violations;
    }

    /**
     * RET-1, PRO-6: the collection and the last contact from the person are days that have happened, the contact not
     * before the collection; a null day is not checked (the caller's default applies).
     */
    private static void dates(List<Violation> violations, PersonData data, LocalDate today) {
        if (data.collectedAt() != null && data.collectedAt().isAfter(today)) {
            violations.add(PersonViolations.of("collectedAt", "notFuture"));
        }
        if (data.lastContactAt() != null) {
            if (data.lastContactAt().isAfter(today)) {
                violations.add(PersonViolations.of("lastContactAt", "notFuture"));
            } else if (data.collectedAt() != null && data.lastContactAt().isBefore(data.collectedAt())) {
                violations.add(PersonViolations.of("lastContactAt", "contactBeforeCollection"));
            }
        }
    }

    private static void identifier(List<Violation> violations, String field, String value, int max) {
        if (!length(violations, field, value, max)) {
            IdentifierGuard.check(value).ifPresent(kind -> violations.add(PersonViolations.of(field, kind.rule())));
        }
    }

    /** Adds a violation when the value is too long; answers whether it was. */
    private static boolean length(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(PersonViolations.of(field, "length", max));
            return true;
        }
        return false;
    }
}
