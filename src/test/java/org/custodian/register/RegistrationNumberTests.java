package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationNumberTests {

    @DisplayName("REG-5 accepts real SIREN and SIRET numbers, typed with or without spaces")
    @ParameterizedTest
    @ValueSource(strings = {"552081317", "542 051 180", "732 829 320", "552 081 317 66522", "73282932000074",
            "356 000 000 09075"})
    void acceptsValidNumbers(String number) {
        assertThat(RegistrationNumber.isValid(number)).isTrue();
    }

    @DisplayName("REG-5 refuses numbers whose key is wrong or whose length is neither 9 nor 14")
    @ParameterizedTest
    @ValueSource(strings = {"552081318", "55208131766523", "12345678", "1234567890", "ABC081317", "356 000 000 09076"})
    void refusesInvalidNumbers(String number) {
        assertThat(RegistrationNumber.isValid(number)).isFalse();
    }
}
