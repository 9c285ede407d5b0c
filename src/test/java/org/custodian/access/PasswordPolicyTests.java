package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.withBundledList();

    @Test
    @DisplayName("SEC-1 accepts 12 characters mixing upper case, lower case, digit and special character")
    void acceptsAStrongPassword() {
        assertThat(policy.check("Kayak-Brume-74!", "jdupont", "Jean Dupont")).isEmpty();
    }

    @Test
    @DisplayName("SEC-1 refuses fewer than 12 characters")
    void refusesShortPasswords() {
        assertThat(policy.check("Kayak-Br7!", "jdupont", "Jean Dupont")).containsExactly(PasswordViolation.TOO_SHORT);
    }

    @Test
    @DisplayName("SEC-1 names each missing character class")
    void namesEachMissingClass() {
        assertThat(policy.check("kayakbrumeventlourd", "jdupont", "Jean Dupont")).containsExactlyInAnyOrder(
                PasswordViolation.MISSING_UPPER_CASE, PasswordViolation.MISSING_DIGIT,
                PasswordViolation.MISSING_SPECIAL);
    }

    @Test
    @DisplayName("SEC-1 refuses a password without a special character")
    void refusesWithoutSpecialCharacter() {
        assertThat(policy.check("KayakBrume742", "jdupont", "Jean Dupont"))
                .containsExactly(PasswordViolation.MISSING_SPECIAL);
    }

    @Test
    @DisplayName("SEC-1 refuses a password containing the login, whatever its case")
    void refusesTheLogin() {
        assertThat(policy.check("Mon-JDupont-2026!", "jdupont", "Jean Dupont"))
                .contains(PasswordViolation.CONTAINS_USERNAME);
    }

    @Test
    @DisplayName("SEC-1 refuses a password containing a part of the login")
    void refusesAPartOfTheLogin() {
        assertThat(policy.check("Rivoli-Marchand-7!", "paul.marchand", "Paul Marchand"))
                .contains(PasswordViolation.CONTAINS_USERNAME);
    }

    @Test
    @DisplayName("SEC-1 refuses a password containing the display name, accents ignored")
    void refusesTheDisplayName() {
        assertThat(policy.check("Kayak-Eloise-2026!", "e.martin", "Éloïse Martin"))
                .containsExactly(PasswordViolation.CONTAINS_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Azerty123456!", "Motdepasse2024!", "Soleil-Soleil?1", "P@ssw0rd2024!!", "Password123456!",
            "123456789Abc!", "!Marseille13013", "Jetaime!2026!!" })
    @DisplayName("SEC-1 refuses common passwords, also with digits or symbols around them")
    void refusesCommonPasswords(String password) {
        assertThat(policy.check(password, "jdupont", "Jean Dupont")).contains(PasswordViolation.COMMON_PASSWORD);
    }

    @Test
    @DisplayName("SEC-1 ships several hundred common French and English passwords")
    void shipsSeveralHundredCommonPasswords() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt")) {
            var entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            assertThat(entries).hasSizeGreaterThan(300)
                    .contains("azerty", "motdepasse", "soleil", "doudou", "password", "123456", "qwerty", "iloveyou");
        }
    }

    @Test
    @DisplayName("SEC-1 generated temporary passwords always satisfy the policy")
    void temporaryPasswordsSatisfyThePolicy() {
        var generator = new TemporaryPasswords(policy, new SecureRandom());
        for (int i = 0; i < 200; i++) {
            assertThat(policy.check(generator.generate("jdupont", "Jean Dupont"), "jdupont", "Jean Dupont")).isEmpty();
        }
    }
}
