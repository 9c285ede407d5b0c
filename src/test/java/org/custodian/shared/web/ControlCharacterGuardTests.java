package org.custodian.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class ControlCharacterGuardTests {

    @DisplayName("SEC-1 refuses the null byte and the other control characters")
    @ParameterizedTest
    @ValueSource(strings = {"Dupont\u0000", "\u0001", "a\u0008b", "\u000B", "\u000C", "\u001B[31m", "\u007F", "\u0085"})
    void refusesControlCharacters(String value) {
        assertThat(ControlCharacterGuard.containsRefused(value)).isTrue();
    }

    @DisplayName("SEC-1 allows tab, carriage return and line feed in multi-line text, and accented letters")
    @ParameterizedTest
    @ValueSource(strings = {"ligne 1\r\nligne 2", "col\tcol", "Élodie Lefèvre-Ñúñez", "€ 12,50 — « ok »", ""})
    void allowsOrdinaryText(String value) {
        assertThat(ControlCharacterGuard.containsRefused(value)).isFalse();
    }

    @Test
    @DisplayName("SEC-1 names the JSON path of a nested string holding a null byte")
    void findsNestedJsonString() {
        var json = JsonMapper.shared().readTree("{\"person\":{\"names\":[\"ok\",\"Du\\u0000pont\"]}}");

        assertThat(ControlCharacterGuard.findInJson(json)).contains("person.names[1]");
    }

    @Test
    @DisplayName("SEC-1 leaves a JSON body without control characters alone")
    void acceptsCleanJson() {
        var json = JsonMapper.shared().readTree("{\"lastName\":\"Dupont\",\"notes\":\"a\\nb\",\"n\":1}");

        assertThat(ControlCharacterGuard.findInJson(json)).isEmpty();
    }
}
