package org.custodian.imports;

/**
 * One reason a row was refused (CON-10 error report). A row may have several.
 *
 * @param row     the record's number in the file, the header being record 1 (the spreadsheet's line number)
 * @param field   the field at fault ({@code accountingCode}), or {@code row} for the row as a whole
 * @param rule    the rule broken, e.g. {@code CON-2.NIR} or {@code required}
 * @param message the explanation, in the language of the person who started the import
 */
public record ImportErrorView(long row, String field, String rule, String message) {
}
