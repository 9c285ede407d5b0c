package org.custodian.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading the uploaded CSV files: UTF-8 (a byte order mark is skipped), {@code ;} or {@code ,} detected
 * from the header line, a header row, RFC 4180 quoting.
 */
final class CsvFiles {

    /** CON-6: header names (squashed) that announce a card security code. */
    private static final Set<String> SECURITY_CODE_NAMES = Set.of("cvv", "cvv2", "cvc", "cvc2", "cvx", "cvx2", "cid",
            "csc", "crypto", "cryptogramme", "cryptogrammevisuel", "cryptogrammedesecurite", "securitycode",
            "cardsecuritycode", "codesecurite", "codedesecurite", "codedesecuritecarte", "cardverificationcode",
            "cardverificationvalue", "cardcode", "verificationcode");
    private static final List<String> SECURITY_CODE_PARTS = List.of("cvv", "cvc", "cryptogramme", "securitycode",
            "codesecurite", "codedesecurite", "cardverification");

    private CsvFiles() {
    }

    /** Where a file is read from (the database, in slices; a path in tests): opened anew for each reading. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /** The delimiter and header of a file. */
    record Header(char delimiter, List<String> columns) {
    }

    /**
     * Reads the header line only, and refuses the file at once when it cannot be imported: empty, no
     * header, a header longer than {@code maxBytes} or with more than {@code maxColumns} columns (checked on the
     * raw bytes first, so that a file of one endless line costs no more than {@code maxBytes} of reading), or a
     * card security code column (CON-6), which must never be stored nor even read.
     */
    static Header header(Source file, int maxBytes, int maxColumns) {
        try {
            var first = firstLine(file, maxBytes);
            if (first.isBlank()) {
                throw new ImportRefused("import.empty", "import.refused.empty");
            }
            var delimiter = delimiterOf(first);
            try (var parser = CSVParser.parse(first, format(delimiter))) {
                var columns = new ArrayList<String>();
                for (var value : parser.getRecords().get(0)) {
                    columns.add(value.strip());
                }
                if (columns.size() > maxColumns) {
                    throw new ImportRefused("import.header", "import.refused.tooManyColumns", columns.size(), maxColumns);
                }
                for (var column : columns) {
                    if (isSecurityCode(column)) {
                        throw new ImportRefused("CON-6.CVV", "import.refused.cvv", column);
                    }
                }
                if (columns.stream().allMatch(String::isEmpty)) {
                    throw new ImportRefused("import.empty", "import.refused.empty");
                }
                return new Header(delimiter, columns);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportRefused("import.encoding", "import.refused.encoding");
        }
    }

    /**
     * The header line, decoded as strict UTF-8 without its byte-order mark and line end; read byte by byte up to
     * {@code maxBytes}, refused beyond.
     */
    private static String firstLine(Source file, int maxBytes) throws IOException {
        var line = new ByteArrayOutputStream();
        try (var in = new BufferedInputStream(file.open(), 1 << 16)) {
            // the byte-order mark and a carriage return are not part of the limit
            for (var b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (line.size() > maxBytes + 3) {
                    throw new ImportRefused("import.header", "import.refused.headerTooLong", maxBytes);
                }
                line.write(b);
            }
        }
        var bytes = line.toByteArray();
        var start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        var end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (end - start > maxBytes) {
            throw new ImportRefused("import.header", "import.refused.headerTooLong", maxBytes);
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, end - start))
                .toString();
    }

    /** The data records (header skipped), to be closed by the caller. */
    static CSVParser records(Source file, char delimiter) throws IOException {
        var parser = CSVParser.parse(reader(file), format(delimiter));
        var iterator = parser.iterator();
        if (iterator.hasNext()) {
            iterator.next();
        }
        return parser;
    }

    /** The first data records, for the preview. */
    static List<List<String>> preview(Source file, char delimiter, int rows) {
        var preview = new ArrayList<List<String>>();
        try (var parser = records(file, delimiter)) {
            for (CSVRecord record : parser) {
                if (preview.size() == rows) {
                    break;
                }
                preview.add(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportRefused("import.encoding", "import.refused.encoding");
        }
        return preview;
    }

    static boolean isSecurityCode(String column) {
        var name = ImportField.squash(column);
        return SECURITY_CODE_NAMES.contains(name) || SECURITY_CODE_PARTS.stream().anyMatch(name::contains);
    }

    /** The separator used more often in the header line outside quotes; a comma when neither appears. */
    static char delimiterOf(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        var quoted = false;
        for (var i = 0; i < headerLine.length(); i++) {
            var c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    /** A strict UTF-8 reader (a malformed byte is an error, not a silent replacement) skipping a BOM. */
    private static BufferedReader reader(Source file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(file.open(), decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
