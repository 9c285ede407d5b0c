package org.custodian.contacts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonCriteria;
import org.custodian.contacts.PersonFilterContribution;
import org.custodian.contacts.PersonSort;
import org.custodian.contacts.PersonSource;
import org.custodian.contacts.PersonType;
import org.custodian.shared.Violation;
import org.custodian.shared.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * CON-1: the persons list as its query string says it — search text, filters, sort, page and page size — shared by
 * the screen and the API, so that the filters survive paging, sorting and the export, and the same parameters mean
 * the same thing everywhere.
 *
 * @param values  the recognised parameters with their valid values, in the order of the query string
 * @param invalid the parameters whose value was not understood (the screen ignores them, the API refuses them)
 */
record PersonListQuery(PersonCriteria criteria, PersonSort sort, PageRequest page, Map<String, String> values,
        List<Violation> invalid) {

    /** The page sizes the screen offers. */
    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 200);

    /**
     * Reads the query string. Unknown parameters are ignored; known ones with a value that is not understood are
     * listed in {@link #invalid()}.
     */
    static PersonListQuery parse(Map<String, String> parameters, List<PersonFilterContribution> contributions) {
        var values = new LinkedHashMap<String, String>();
        var invalid = new ArrayList<Violation>();
        var reader = new Reader(parameters, values, invalid);
        var contributed = new LinkedHashMap<String, String>();
        for (var contribution : contributions) {
            var value = reader.text(contribution.parameter());
            if (value != null) {
                if (contribution.options().stream().anyMatch(option -> option.value().equals(value))) {
                    contributed.put(contribution.parameter(), value);
                } else {
                    reader.refuse(contribution.parameter());
                }
            }
        }
        var criteria = new PersonCriteria(reader.text("q"), reader.constant("type", PersonType.class),
                reader.constant("audience", Audience.class), reader.constant("source", PersonSource.class),
                reader.date("createdFrom"), reader.date("createdTo"), reader.date("updatedFrom"), reader.date("updatedTo"),
                contributed);
        var sort = PersonSort.parse(parameters.get("sort"));
        if (parameters.get("sort") != null && !parameters.get("sort").isBlank()) {
            values.put("sort", sort.parameter());
        }
        var page = PageRequest.of(reader.number("page"), reader.number("size"));
        return new PersonListQuery(criteria, sort, page, values, invalid);
    }

    /** Whether any filter or search text narrows the list. */
    public boolean filtered() {
        return values.keySet().stream().anyMatch(name -> !List.of("sort", "page", "size").contains(name));
    }

    /** The current value of a parameter, empty when absent. */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The list at another page, same filters, sort and size. */
    public String pageUrl(int number) {
        return url("/persons", sort, number, page.size());
    }

    /** The list sorted by this column (the other direction when it is the current column), from the first page. */
    public String sortUrl(String column) {
        return url("/persons", sort.toggle(column(column)), 0, page.size());
    }

    /**
     * The {@code aria-sort} of a column header: ascending or descending for the current column, null (no attribute)
     * for the others, as ARIA asks of a table sorted by one column.
     */
    public String ariaSort(String column) {
        return sort.column() == column(column) ? (sort.descending() ? "descending" : "ascending") : null;
    }

    /** The export of the whole selection, in the current order. */
    public String exportUrl(String format) {
        var builder = filters(UriComponentsBuilder.fromPath("/persons/export"));
        return builder.queryParam("sort", sort.parameter()).queryParam("format", format).build().encode().toUriString();
    }

    private String url(String path, PersonSort order, int number, int size) {
        var builder = filters(UriComponentsBuilder.fromPath(path));
        if (!order.equals(PersonSort.DEFAULT)) {
            builder.queryParam("sort", order.parameter());
        }
        if (number > 0) {
            builder.queryParam("page", number);
        }
        if (size != PageRequest.DEFAULT_SIZE) {
            builder.queryParam("size", size);
        }
        return builder.build().encode().toUriString();
    }

    private UriComponentsBuilder filters(UriComponentsBuilder builder) {
        values.forEach((name, value) -> {
            if (!List.of("sort", "page", "size").contains(name)) {
                builder.queryParam(name, value);
            }
        });
        return builder;
    }

    private static PersonSort.Column column(String parameter) {
        for (var column : PersonSort.Column.values()) {
            if (column.parameter().equals(parameter)) {
                return column;
            }
        }
        throw new IllegalArgumentException("No such column: " + parameter);
    }

    /** A query the API refuses: the parameters whose value is not understood. */
    static final class Invalid extends RuntimeException {

        private final List<Violation> violations;

        Invalid(List<Violation> violations) {
            super("Parameters not understood: " + violations.stream().map(Violation::field).toList());
            this.violations = List.copyOf(violations);
        }

        List<Violation> violations() {
            return violations;
        }
    }

    /** Reads one parameter at a time, keeping the valid ones and noting the others. */
    private record Reader(Map<String, String> parameters, Map<String, String> values, List<Violation> invalid) {

        String text(String name) {
            var value = parameters.get(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            values.put(name, value.strip());
            return value.strip();
        }

        <E extends Enum<E>> E constant(String name, Class<E> type) {
            var value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                refuse(name);
                return null;
            }
        }

        LocalDate date(String name) {
            var value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                refuse(name);
                return null;
            }
        }

        Integer number(String name) {
            var value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                refuse(name);
                return null;
            }
        }

        void refuse(String name) {
            values.remove(name);
            invalid.add(new Violation(name, "filter", "person.error.filter", List.of()));
        }
    }
}
