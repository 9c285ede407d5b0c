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
    @DisplayName("SEC-1 CNIL 2022-100 example 1: 12 characters mixing upper case, lower case, digits and specials")
    void acceptsTwelveCharactersOfTheFourClasses() {
        assertThat(policy.check("Kb7!mQ2#xW9$", "jdupont", "Jean Dupont")).isEmpty();
    }

    @Test
    @DisplayName("SEC-1 CNIL 2022-100 example 1 counts 12 characters of 99 possible as 80 bits")
    void twelveCharactersOfTheFourClassesMakeEightyBits() {
        assertThat(Math.round(PasswordPolicy.entropyBits("Kb7!mQ2#xW9$"))).isEqualTo(80);
    }

    @Test
    @DisplayName("SEC-1 refuses fewer than 12 characters")
    void refusesShortPasswords() {
        assertThat(policy.check("Kayak-Br7!", "jdupont", "Jean Dupont")).containsExactly(PasswordViolation.TOO_SHORT);
    }

    @Test
    @DisplayName("SEC-1 CNIL 2022-100 example 2: 14 characters of upper case, lower case and digits, no special one")
    void acceptsFourteenCharactersWithoutSpecial() {
        assertThat(policy.check("Kb7mQ2xW9pL4vR", "jdupont", "Jean Dupont")).isEmpty();
    }

    @Test
    @DisplayName("SEC-1 refuses 13 characters of upper case, lower case and digits: 77 bits, below 80")
    void refusesThirteenCharactersWithoutSpecial() {
        assertThat(policy.check("Kb7mQ2xW9pL4v", "jdupont", "Jean Dupont"))
                .containsExactly(PasswordViolation.TOO_WEAK);
    }

    @Test
    @DisplayName("SEC-1 CNIL 2022-100 example 3: a passphrase of 7 words, without capitals, digits or signs")
    void acceptsAPassphraseOfSevenWords() {
        assertThat(policy.check("cheval agrafe tigre lampe route piano fleuve", "jdupont", "Jean Dupont")).isEmpty();
    }

    @Test
    @DisplayName("SEC-1 refuses a passphrase of 6 words: 77 bits, below 80")
    void refusesAPassphraseOfSixWords() {
        assertThat(policy.check("cheval agrafe tigre lampe route piano", "jdupont", "Jean Dupont"))
                .containsExactly(PasswordViolation.TOO_WEAK);
    }

    @Test
    @DisplayName("SEC-1 a word repeated in a passphrase counts once")
    void repeatedWordsCountOnce() {
        assertThat(policy.check("cheval cheval cheval cheval tigre tigre tigre", "jdupont", "Jean Dupont"))
                .contains(PasswordViolation.TOO_WEAK);
    }

    @Test
    @DisplayName("SEC-1 a character repeated many times counts once")
    void repeatedCharactersCountOnce() {
        assertThat(policy.check("Aaaaaaaaaaaaaaaaaaaaaaaaa1!", "jdupont", "Jean Dupont"))
                .contains(PasswordViolation.TOO_WEAK);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Password2024!a", "Azerty2024!!xx", "xy!Motdepasse2024" })
    @DisplayName("SEC-1 refuses a common password with digits, signs and a few letters added around it")
    void refusesADecoratedCommonPassword(String password) {
        assertThat(policy.check(password, "jdupont", "Jean Dupont")).contains(PasswordViolation.COMMON_PASSWORD);
    }

    @Test
    @DisplayName("SEC-1 refuses a password made mostly of blanks: twelve spaces with A1!a")
    void refusesMostlyBlanks() {
        assertThat(policy.check(" ".repeat(12) + "A1!a", "jdupont", "Jean Dupont"))
                .contains(PasswordViolation.MOSTLY_BLANK, PasswordViolation.TOO_WEAK);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Kb7!mQ2#xW9$\u0000", "Kb7!mQ2#\txW9$", "Kb7!mQ2#\nxW9$" })
    @DisplayName("SEC-1 refuses control characters: a null byte, a tab, a line break")
    void refusesControlCharacters(String password) {
        assertThat(policy.check(password.translateEscapes(), "jdupont", "Jean Dupont"))
                .contains(PasswordViolation.CONTROL_CHARACTER);
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
