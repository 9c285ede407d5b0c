package org.custodian.imports;

/**
 * One reason a row was refused (CON-10 error report), or a note on a row stored ({@link #SUPPRESSED}). A row may have
 * several.
 *
 * @param row     the record's number in the file, the header being record 1 (the spreadsheet's line number)
 * @param field   the field at fault ({@code accountingCode}), or {@code row} for the row as a whole
 * @param rule    the rule broken, e.g. {@code CON-2.NIR} or {@code required}
 * @param message the explanation, in the language of the person who started the import
 */
public record ImportErrorView(long row, String field, String rule, String message) {

    /**
     * The rule of a row that was stored, not refused, and that the report still names: its address or phone is on the
     * suppression list (PRO-3), so the person will not be canvassed.
     */
    public static final String SUPPRESSED = "PRO-3.suppressed";

    /** Whether the row was refused, rather than stored with a note. */
    public boolean refusal() {
        return !SUPPRESSED.equals(rule);
    }
}
