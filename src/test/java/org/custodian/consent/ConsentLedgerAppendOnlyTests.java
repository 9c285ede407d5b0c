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
 * consent record or a consent text, with one documented exception: the erasure of a person (DSR-5), which deletes
 * their consents and anonymises the proof of their objections and withdrawals, and only that.
 */
class ConsentLedgerAppendOnlyTests {

    /** The one class allowed to rewrite the ledger: a person's erasure. */
    private static final Path ERASURE = Path.of("src/main/java/org/custodian/consent/ConsentDataHolder.java");

    private static final Pattern WRITE = Pattern.compile(
            "(UPDATE\\s+consent_(record|text)\\b|DELETE\\s+FROM\\s+consent_(record|text)\\b|MERGE\\s+INTO\\s+consent_(record|text)\\b)",
            Pattern.CASE_INSENSITIVE);

    @Test
    @DisplayName("PRO-1 no code path updates or deletes a consent proof")
    void noStatementRewritesTheLedger() throws IOException {
        var offenders = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            for (var source : sources.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> !p.equals(ERASURE)).toList()) {
                var matcher = WRITE.matcher(Files.readString(source));
                while (matcher.find()) {
                    offenders.add(source + ": " + matcher.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 DSR-5 the erasure of a person holds the only two statements that rewrite the ledger (what they "
            + "do is proven by ConsentDataHolderIntegrationTests)")
    void erasureIsTheOnlyException() throws IOException {
        var writes = WRITE.matcher(Files.readString(ERASURE)).results().map(match -> match.group()).toList();

        assertThat(writes).containsExactlyInAnyOrder("UPDATE consent_record", "DELETE FROM consent_record");
    }
}
