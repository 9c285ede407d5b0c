package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SuppressionHasherTests {

    private final SuppressionHasher hasher = new SuppressionHasher(
            "test-only-suppression-key-012345".getBytes(StandardCharsets.US_ASCII));

    @Test
    @DisplayName("PRO-3 a phone's national digits, as the persons' duplicate check reads them: +33 6 12 and 0033 6 12 are 0612")
    void phoneKeyIsTheNationalDigits() {
        assertThat(SuppressionHasher.phoneKey("+33 6 12")).isEqualTo("0612");
        assertThat(SuppressionHasher.phoneKey("0033 6 12")).isEqualTo("0612");
        assertThat(SuppressionHasher.phoneKey("06.12.34.56.78")).isEqualTo("0612345678");
    }

    @Test
    @DisplayName("PRO-3 the same address however typed has one hash; another address another")
    void sameAddressSameHash() {
        assertThat(hasher.email(" Marie.Dupont@Example.ORG ")).isEqualTo(hasher.email("marie.dupont@example.org"))
                .hasSize(64);
        assertThat(hasher.email("marie.dupond@example.org")).isNotEqualTo(hasher.email("marie.dupont@example.org"));
    }

    @Test
    @DisplayName("PRO-3 another key gives other hashes: the key outside the database is what makes them recognisable")
    void anotherKeyOtherHashes() {
        var other = new SuppressionHasher("another-suppression-key-67890123".getBytes(StandardCharsets.US_ASCII));

        assertThat(other.email("marie.dupont@example.org")).isNotEqualTo(hasher.email("marie.dupont@example.org"));
    }

    @Test
    @DisplayName("PRO-3 nothing to hash gives no hash")
    void blankGivesNoHash() {
        assertThat(hasher.email("  ")).isNull();
        assertThat(hasher.phone("sans numéro")).isNull();
    }
}
