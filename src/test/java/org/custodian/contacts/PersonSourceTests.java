package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonSourceTests {

    @DisplayName("CON-1 a person's source follows from who created it")
    @ParameterizedTest
    @CsvSource({"api:web-shop, API", "public, FORM", "system, SYSTEM", "marie.dupont, STAFF"})
    void followsFromTheActor(String actor, PersonSource source) {
        assertThat(PersonSource.ofActor(actor)).isEqualTo(source);
    }
}
