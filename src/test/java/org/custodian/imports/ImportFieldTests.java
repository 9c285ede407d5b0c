package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportFieldTests {

    @Test
    @DisplayName("CON-10 header names and values are compared without case, accents, spaces or punctuation")
    void squash() {
        assertThat(ImportField.squash("  Clientèle ")).isEqualTo("clientele");
        assertThat(ImportField.squash("E-mail")).isEqualTo("email");
        assertThat(ImportField.squash("Date_de naissance")).isEqualTo("datedenaissance");
        assertThat(ImportField.squash("ÉTÉ")).isEqualTo("ete");
        assertThat(ImportField.squash(null)).isEmpty();
        assertThat(ImportField.guess("Prénoms")).contains(ImportField.FIRST_NAMES);
    }
}
