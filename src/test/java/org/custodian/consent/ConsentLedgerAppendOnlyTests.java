package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PRO-1: the ledger is append-only — no statement anywhere in the application updates or deletes a
 * consent record or a consent text.
 */
class ConsentLedgerAppendOnlyTests {

    private static final Pattern WRITE = Pattern.compile(
            "(UPDATE\\s+consent_(record|text)\\b|DELETE\\s+FROM\\s+consent_(record|text)\\b|MERGE\\s+INTO\\s+consent_(record|text)\\b)",
            Pattern.CASE_INSENSITIVE);

    @Test
    @DisplayName("PRO-1 no code path updates or deletes a consent proof")
    void noStatementRewritesTheLedger() throws IOException {
        var offenders = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            for (var source : sources.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql")).toList()) {
                var matcher = WRITE.matcher(Files.readString(source));
                while (matcher.find()) {
                    offenders.add(source + ": " + matcher.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
