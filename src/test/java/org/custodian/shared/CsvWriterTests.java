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
    @DisplayName("SEC-3 a comma file starts with a byte-order mark and a header, numbers stay numbers, null is empty")
    void writesCommaSeparatedRows() {
        var out = new StringWriter();
        try (var csv = CsvWriter.start(out, CsvWriter.Format.COMMA, "n", "name", "note")) {
            csv.row(-5, "=1+1", null);
        }

        assertThat(out.toString()).isEqualTo("\uFEFFn,name,note\r\n-5,'=1+1,\r\n");
    }

    @Test
    @DisplayName("SEC-3 the writer takes a semicolon separator for French spreadsheets and quotes cells holding it")
    void writesSemicolonSeparatedRows() {
        var out = new StringWriter();
        try (var csv = CsvWriter.start(out, new CsvWriter.Format(';', false), "a", "b")) {
            csv.row("x;y", true);
        }

        assertThat(out.toString()).isEqualTo("a;b\r\n\"x;y\";true\r\n");
    }
}
