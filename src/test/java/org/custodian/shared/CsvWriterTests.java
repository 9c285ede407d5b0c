package org.custodian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTests {

    @DisplayName("SEC-3 a text cell a spreadsheet would run as a formula is prefixed with a quote")
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+33 1 23", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void neutralisesFormulas(String value) {
        assertThat(CsvWriter.neutralise(value)).isEqualTo("'" + value);
    }

    @DisplayName("SEC-3 ordinary text is written unchanged")
    @ParameterizedTest
    @ValueSource(strings = {"Dupont", "Jean-Pierre", "a=b", "contact@example.com", "'déjà cité'"})
    void leavesOrdinaryText(String value) {
        assertThat(CsvWriter.neutralise(value)).isEqualTo(value);
    }

    @Test
    @DisplayName("CON-1 every file is semicolon-separated with a byte-order mark and a header; null is an empty cell")
    void writesSemicolonSeparatedRowsWithByteOrderMark() {
        var out = new StringWriter();
        try (var csv = CsvWriter.start(out, "n", "name", "note")) {
            csv.row(5, "Dupont", null);
        }

        assertThat(out.toString()).isEqualTo("\uFEFFn;name;note\r\n5;Dupont;\r\n");
    }

    @Test
    @DisplayName("CON-1 every cell is guarded, whatever its type: text, and a number or any value whose text starts a formula")
    void guardsEveryCell() {
        var out = new StringWriter();
        try (var csv = CsvWriter.start(out, "a", "b", "c", "d")) {
            csv.row("=1+1", -5, "@SUM(A1)", "+33 6 12");
        }

        assertThat(out.toString()).endsWith("\r\n'=1+1;'-5;'@SUM(A1);'+33 6 12\r\n");
    }

    @Test
    @DisplayName("CON-1 a cell holding the separator, a quote or a line break is quoted")
    void quotesCellsHoldingTheSeparator() {
        var out = new StringWriter();
        try (var csv = CsvWriter.start(out, "a", "b")) {
            csv.row("x;y", "say \"hi\"\nthen");
        }

        assertThat(out.toString()).endsWith("\r\n\"x;y\";\"say \"\"hi\"\"\nthen\"\r\n");
    }
}
