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
 * The one CSV writer of the product, and the one layout of every CSV Custodian writes (CON-1, SEC-3): cells
 * separated by {@code ;} and a UTF-8 byte-order mark, what French spreadsheets open without an import dialog and
 * with their accents; and every cell that a spreadsheet would evaluate as a formula — starting with
 * {@code = + - @}, a tab or a carriage return — prefixed with a single quote (OWASP "CSV injection"), whatever its
 * type: an export must not become an attack on whoever opens it.
 *
 * <p>Write errors are rethrown unchecked: an export streamed to a client that went away has nothing to
 * recover.
 */
public final class CsvWriter implements Flushable, Closeable {

    /** The cell separator of every CSV Custodian writes. */
    public static final char SEPARATOR = ';';

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * Starts a CSV document on {@code out}: the byte-order mark, then the header row. Closing the writer closes
     * {@code out}; call {@link #flush()} instead when {@code out} belongs to the caller.
     */
    public static CsvWriter start(Writer out, List<String> header) {
        try {
            out.write('\uFEFF');
            var writer = new CsvWriter(new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(SEPARATOR).get()));
            writer.row(header.toArray());
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a CSV document with the given header; see {@link #start(Writer, List)}. */
    public static CsvWriter start(Writer out, String... header) {
        return start(out, Arrays.asList(header));
    }

    /** Writes one row; {@code null} is an empty cell, every other cell is neutralised (a negative number too). */
    public void row(Object... cells) {
        var values = new Object[cells.length];
        for (var i = 0; i < cells.length; i++) {
            values[i] = cells[i] == null ? "" : neutralise(cells[i].toString());
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
