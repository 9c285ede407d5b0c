package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFilesTests {

    @TempDir
    Path dir;

    @Test
    @DisplayName("CON-10 a semicolon-separated header is detected, quoted separators ignored, BOM skipped")
    void semicolonDetected() throws IOException {
        var header = header(file("\uFEFFnom;\"Prénom, usuel\";email\nMartin;Anne;a@b.fr\n"));

        assertThat(header.delimiter()).isEqualTo(';');
        assertThat(header.columns()).containsExactly("nom", "Prénom, usuel", "email");
    }

    @Test
    @DisplayName("CON-10 a comma-separated header is detected")
    void commaDetected() throws IOException {
        assertThat(header(file("lastName,email\nMartin,a@b.fr\n")).delimiter()).isEqualTo(',');
    }

    @ParameterizedTest
    @ValueSource(strings = {"CVV", "cvc2", "Cryptogramme", "Code de sécurité", "card_security_code", "CVV carte"})
    @DisplayName("CON-6 a column named like a card security code refuses the whole file")
    void securityCodeColumnRefused(String column) throws IOException {
        var file = file("nom;" + column + "\nMartin;123\n");

        assertThatThrownBy(() -> header(file)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.rule()).isEqualTo("CON-6.CVV"));
    }

    @Test
    @DisplayName("CON-10 a file that is not UTF-8 is refused with an explanation")
    void latin1Refused() throws IOException {
        var file = dir.resolve("latin1.csv");
        Files.write(file, "nom;prénom\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> header(file)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.rule()).isEqualTo("import.encoding"));
    }

    @Test
    @DisplayName("CON-10 an empty file is refused")
    void emptyRefused() throws IOException {
        assertThatThrownBy(() -> header(file(""))).isInstanceOf(ImportRefused.class);
    }

    @Test
    @DisplayName("CON-10 French and English header names are mapped to the person's fields")
    void headerNamesGuessed() {
        assertThat(ImportField.guess("Prénom")).contains(ImportField.FIRST_NAMES);
        assertThat(ImportField.guess("last_name")).contains(ImportField.LAST_NAME);
        assertThat(ImportField.guess("Code comptable")).contains(ImportField.ACCOUNTING_CODE);
        assertThat(ImportField.guess("Couleur préférée")).isEmpty();
    }

    private Path file(String content) throws IOException {
        var file = Files.createTempFile(dir, "import", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("SEC-5 a header line longer than the limit is refused after reading the limit, not the whole line")
    void headerTooLongRefused() throws IOException {
        var file = dir.resolve("one-line.csv");
        Files.writeString(file, "a;".repeat(1_000_000));

        assertThatThrownBy(() -> CsvFiles.header(() -> Files.newInputStream(file), 8000, 200)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.refused.headerTooLong");
                    assertThat(refused.arguments()).containsExactly(8000);
                });
    }

    @Test
    @DisplayName("SEC-5 a header with more columns than the limit is refused with the count")
    void tooManyColumnsRefused() throws IOException {
        var file = file("c;".repeat(300) + "c\nx\n");

        assertThatThrownBy(() -> CsvFiles.header(() -> Files.newInputStream(file), 8000, 200)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.refused.tooManyColumns");
                    assertThat(refused.arguments()).containsExactly(301, 200);
                });
    }

    @Test
    @DisplayName("SEC-5 a header at the byte limit, with a CRLF line end, is accepted")
    void headerAtTheLimitAccepted() throws IOException {
        var file = file("n".repeat(100) + "\r\nx\r\n");

        assertThat(CsvFiles.header(() -> Files.newInputStream(file), 100, 200).columns()).containsExactly("n".repeat(100));
    }

    private static CsvFiles.Header header(Path file) {
        return CsvFiles.header(() -> Files.newInputStream(file), 8000, 200);
    }
}
