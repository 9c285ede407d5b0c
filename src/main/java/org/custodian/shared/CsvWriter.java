package org.custodian.shared;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the product (SEC-3: an export must not become an attack on whoever opens it). Every
 * text cell that a spreadsheet would evaluate as a formula — starting with {@code = + - @}, a tab or a
 * carriage return — is prefixed with a single quote (OWASP "CSV injection"); numbers and booleans are
 * written as they are. The file starts with a UTF-8 byte-order mark when the format asks for it, so that
 * spreadsheet programs read the accents.
 *
 * <p>Write errors are rethrown unchecked: an export streamed to a client that went away has nothing to
 * recover.
 */
public final class CsvWriter implements Flushable, Closeable {

    /**
     * How the file is laid out.
     *
     * @param separator     the cell separator, {@code ,} or {@code ;} (what French spreadsheets expect)
     * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
     */
    public record Format(char separator, boolean byteOrderMark) {

        /** Comma-separated, with a byte-order mark. */
        public static final Format COMMA = new Format(',', true);

        /** Semicolon-separated, with a byte-order mark: what French spreadsheets open without an import dialog. */
        public static final Format SEMICOLON = new Format(';', true);
    }

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * Starts a CSV document on {@code out}: the byte-order mark if the format asks for it, then the header row.
     * Closing the writer closes {@code out}; call {@link #flush()} instead when {@code out} belongs to the caller.
     */
    public static CsvWriter start(Writer out, Format format, List<String> header) {
        try {
            if (format.byteOrderMark()) {
                out.write('\uFEFF');
            }
            var writer = new CsvWriter(new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setDelimiter(format.separator()).get()));
            writer.row(header.toArray());
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a CSV document with the given header; see {@link #start(Writer, Format, List)}. */
    public static CsvWriter start(Writer out, Format format, String... header) {
        return start(out, format, Arrays.asList(header));
    }

    /** Writes one row; {@code null} is an empty cell, text is neutralised, numbers and booleans are written as they are. */
    public void row(Object... cells) {
        var values = new Object[cells.length];
        for (var i = 0; i < cells.length; i++) {
            var cell = cells[i];
            values[i] = cell == null ? "" : cell instanceof Number || cell instanceof Boolean ? cell : neutralise(cell.toString());
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text a spreadsheet would run as a formula, prefixed with a single quote; any other text unchanged. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        var first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
