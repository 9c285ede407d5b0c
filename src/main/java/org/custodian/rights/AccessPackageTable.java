package org.custodian.rights;

import java.util.List;

/**
 * One kind of records as the access package's document shows it (DSR-3): a column per field — the fields of a nested
 * record flattened into columns of their own — and a row per record, every value written out in full.
 *
 * @param kind    the kind of records, as the holder names it ({@code consent_records})
 * @param title   its readable name
 * @param columns the readable names of the fields, in the records' order
 * @param rows    one row per record, one cell per column
 */
record AccessPackageTable(String kind, String title, List<String> columns, List<List<Cell>> rows) {

    /** At most this many columns fit side by side on a portrait A4 page. */
    private static final int NARROW_COLUMNS = 5;
    /** A value longer than this makes a column too wide to share the page. */
    private static final int NARROW_TEXT = 40;

    AccessPackageTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Whether the records read best side by side, one per line (few short fields); otherwise each record is shown as
     * a table of its own, one line per field.
     */
    public boolean sideBySide() {
        return columns.size() <= NARROW_COLUMNS && rows.stream().flatMap(List::stream)
                .allMatch(cell -> cell.table() == null && cell.text().length() <= NARROW_TEXT);
    }

    /**
     * One value: a text, possibly on several lines, or, for a list of records inside a record (the fields of one
     * change of the history), a table of its own.
     *
     * @param text  the value written out; the word for "none" when the field is empty
     * @param table the nested records, or null
     * @param empty whether the field holds nothing
     */
    record Cell(String text, AccessPackageTable table, boolean empty) {

        static Cell text(String text) {
            return new Cell(text, null, false);
        }

        static Cell none(String word) {
            return new Cell(word, null, true);
        }

        static Cell table(AccessPackageTable table) {
            return new Cell("", table, false);
        }
    }
}
