package org.custodian.contacts;

import java.util.Arrays;
import java.util.Locale;

/**
 * The order of a list of persons: one column, ascending or descending, the id breaking ties so that paging never
 * skips nor repeats a person. Each column has its index (V26), so that any page stays fast at a million persons.
 *
 * @param column     the column
 * @param descending whether the order is reversed
 */
public record PersonSort(Column column, boolean descending) {

    /** The default order: by name, A to Z. */
    public static final PersonSort DEFAULT = new PersonSort(Column.LAST_NAME, false);

    /** The columns a list can be sorted by, named as in the API ({@code sort=lastName,desc}). */
    public enum Column {
        LAST_NAME("lastName", "sort_name"),
        EMAIL("email", "email_key"),
        INTERNAL_CODE("internalCode", "internal_code"),
        CREATED_AT("createdAt", "created_at"),
        UPDATED_AT("updatedAt", "updated_at");

        private final String parameter;
        private final String sqlColumn;

        Column(String parameter, String sqlColumn) {
            this.parameter = parameter;
            this.sqlColumn = sqlColumn;
        }

        public String parameter() {
            return parameter;
        }

        String sqlColumn() {
            return sqlColumn;
        }
    }

    public PersonSort {
        column = column == null ? Column.LAST_NAME : column;
    }

    /**
     * Reads {@code lastName}, {@code lastName,asc} or {@code createdAt,desc}; anything unknown or absent is the
     * default order.
     */
    public static PersonSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        var parts = value.strip().split(",", 2);
        var descending = parts.length == 2 && "desc".equals(parts[1].strip().toLowerCase(Locale.ROOT));
        return Arrays.stream(Column.values()).filter(column -> column.parameter.equals(parts[0].strip())).findFirst()
                .map(column -> new PersonSort(column, descending))
                .orElse(DEFAULT);
    }

    /** The sort as a query parameter, the form {@link #parse} reads. */
    public String parameter() {
        return column.parameter + (descending ? ",desc" : ",asc");
    }

    /** The same column in the other direction; another column, ascending. */
    public PersonSort toggle(Column other) {
        return other == column ? new PersonSort(column, !descending) : new PersonSort(other, false);
    }

    String orderBy() {
        var direction = descending ? " DESC" : "";
        return column.sqlColumn + direction + ", id" + direction;
    }
}
