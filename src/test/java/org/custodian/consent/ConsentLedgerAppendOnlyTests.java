package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The classes allowed to rewrite the ledger: a person's erasure, and the retention sweep's deletion of the proofs
     * an erasure kept, once their limitation period is over (RET-1).
     */
    private static final List<Path> ALLOWED = List.of(
            Path.of("src/main/java/org/custodian/consent/ConsentDataHolder.java"),
            Path.of("src/main/java/org/custodian/consent/ObjectionProofsRetention.java"));

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
                    .filter(p -> !ALLOWED.contains(p)).toList()) {
                var matcher = WRITE.matcher(Files.readString(source));
                while (matcher.find()) {
                    offenders.add(source + ": " + matcher.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 DSR-5 RET-1 the erasure of a person (one by one and by batch) and the end of the limitation "
            + "period are the only exceptions: the erasure deletes and anonymises, the retention only deletes (what they "
            + "do is proven by ConsentDataHolderIntegrationTests and ModuleRulesSweepIntegrationTests)")
    void erasureAndRetentionAreTheOnlyExceptions() throws IOException {
        var erasure = WRITE.matcher(Files.readString(ALLOWED.get(0))).results().map(match -> match.group()).distinct();
        var retention = WRITE.matcher(Files.readString(ALLOWED.get(1))).results().map(match -> match.group()).distinct();

        assertThat(erasure).containsExactlyInAnyOrder("UPDATE consent_record", "DELETE FROM consent_record");
        assertThat(retention).containsExactly("DELETE FROM consent_record");
    }
}
