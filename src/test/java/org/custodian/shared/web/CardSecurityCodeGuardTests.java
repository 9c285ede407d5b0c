package org.custodian.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class CardSecurityCodeGuardTests {

    @DisplayName("CON-6 recognises card security code names whatever the case and separators")
    @ParameterizedTest
    @ValueSource(strings = {"cvv", "CVC", "cvv2", "cvc2", "cvn", "csc", "cryptogramme", "cryptogramme_visuel",
            "Cryptogramme-Visuel", "securityCode", "security_code", "card_security_code", "CardSecurityCode",
            "payment[cvv]", "card.cvc", "card_CVV2", "cardCvc"})
    void recognisesNames(String name) {
        assertThat(CardSecurityCodeGuard.isCardSecurityCode(name)).isTrue();
    }

    @DisplayName("CON-6 leaves ordinary names alone")
    @ParameterizedTest
    @ValueSource(strings = {"lastName", "notes", "accountingCode", "postalCode", "code", "security", "civility", "csvFile"})
    void ignoresOrdinaryNames(String name) {
        assertThat(CardSecurityCodeGuard.isCardSecurityCode(name)).isFalse();
    }

    @DisplayName("CON-6 finds a security code key nested in JSON objects and arrays")
    @ParameterizedTest
    @ValueSource(strings = {"{\"cvv\":\"123\"}", "{\"a\":{\"b\":[{\"cardCvc\":\"1\"}]}}", "[{\"x\":1},{\"CVC2\":2}]"})
    void findsNestedKeys(String json) {
        assertThat(CardSecurityCodeGuard.findInJson(JsonMapper.shared().readTree(json))).isPresent();
    }
}
