package org.custodian.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * CON-1: which persons a list, a search or an export selects. Every criterion is optional; the dates are whole days
 * in the organisation's time zone, both ends included.
 *
 * @param query       the search text (name, e-mail, company, codes; phone digits)
 * @param contributed values of the filters other modules contribute ({@link PersonFilterContribution}), by parameter
 */
public record PersonCriteria(String query, PersonType type, Audience audience, PersonSource source,
        LocalDate createdFrom, LocalDate createdTo, LocalDate updatedFrom, LocalDate updatedTo,
        Map<String, String> contributed) {

    /** Every person. */
    public static final PersonCriteria ALL = new PersonCriteria(null, null, null, null, null, null, null, null, Map.of());

    public PersonCriteria {
        query = query == null || query.isBlank() ? null : query.strip();
        var values = new TreeMap<String, String>();
        if (contributed != null) {
            contributed.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    values.put(name, value.strip());
                }
            });
        }
        contributed = Map.copyOf(values);
    }

    /** A search by text alone. */
    public static PersonCriteria search(String query) {
        return new PersonCriteria(query, null, null, null, null, null, null, null, Map.of());
    }

    /**
     * The criteria as the audit log records them: each filter by name and value, the search text withheld because
     * it may itself be personal data (a name, an address).
     */
    public String describe() {
        var parts = new ArrayList<String>();
        if (query != null) {
            parts.add("q=(text withheld)");
        }
        add(parts, "type", type);
        add(parts, "audience", audience);
        add(parts, "source", source);
        add(parts, "createdFrom", createdFrom);
        add(parts, "createdTo", createdTo);
        add(parts, "updatedFrom", updatedFrom);
        add(parts, "updatedTo", updatedTo);
        contributed.forEach((name, value) -> parts.add(name + "=" + value));
        return parts.isEmpty() ? "all persons" : String.join(", ", parts);
    }

    private static void add(ArrayList<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
