package org.custodian.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SEC-1 — staff password rule of CNIL deliberation 2022-100 (seed 003: «12 caractères contenant a minima une
 * lettre majuscule, une lettre minuscule, un chiffre et un caractère spécial»), plus no own name and no common password.
 * <p>
 * Pure: no Spring, no clock. The list of common passwords is a resource shipped with the application.
 */
public final class PasswordPolicy {

    /** Minimum length (CNIL: 12 characters for a password alone). */
    public static final int MIN_LENGTH = 12;

    /** Upper bound so that hashing cannot be abused with huge inputs. */
    public static final int MAX_LENGTH = 128;

    /** Name parts shorter than this («le», «de») would refuse far too many passwords. */
    private static final int MIN_NAME_PART = 3;

    private static final String COMMON_PASSWORDS = "/access/common-passwords.txt";

    private final Set<String> commonPasswords;

    /**
     * A policy refusing the given common passwords (compared in lower case).
     */
    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords.stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The policy with the bundled list of several hundred common French and English passwords.
     */
    public static PasswordPolicy withBundledList() {
        try (var in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + COMMON_PASSWORDS);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toSet()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a password for the account {@code username} / {@code displayName}.
     *
     * @return every rule the password breaks; empty when it is acceptable
     */
    public Set<PasswordViolation> check(String password, String username, String displayName) {
        var violations = EnumSet.noneOf(PasswordViolation.class);
        if (password == null) {
            password = "";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(PasswordViolation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(PasswordViolation.TOO_LONG);
        }
        if (password.codePoints().noneMatch(Character::isUpperCase)) {
            violations.add(PasswordViolation.MISSING_UPPER_CASE);
        }
        if (password.codePoints().noneMatch(Character::isLowerCase)) {
            violations.add(PasswordViolation.MISSING_LOWER_CASE);
        }
        if (password.codePoints().noneMatch(Character::isDigit)) {
            violations.add(PasswordViolation.MISSING_DIGIT);
        }
        if (password.codePoints().allMatch(Character::isLetterOrDigit)) {
            violations.add(PasswordViolation.MISSING_SPECIAL);
        }
        var folded = fold(password);
        if (containsAnyPart(folded, username)) {
            violations.add(PasswordViolation.CONTAINS_USERNAME);
        }
        if (containsAnyPart(folded, displayName)) {
            violations.add(PasswordViolation.CONTAINS_NAME);
        }
        if (isCommon(folded)) {
            violations.add(PasswordViolation.COMMON_PASSWORD);
        }
        return violations;
    }

    /**
     * True when the password, its letters-only core or its core read without «l33t» digits (a trailing run of digits
     * and symbols like «2024!» is dropped first) is a common password:
     * {@code Azerty123456!} and {@code P@ssw0rd2024!} are as weak as {@code azerty} and {@code password}.
     */
    private boolean isCommon(String folded) {
        return commonPasswords.contains(folded)
                || isCommonCore(lettersOnly(folded))
                || isCommonCore(lettersOnly(unLeet(folded.replaceFirst("[^\\p{L}]+$", ""))));
    }

    /** A listed word, or a listed word typed twice (soleilsoleil). */
    private boolean isCommonCore(String core) {
        if (commonPasswords.contains(core)) {
            return true;
        }
        int half = core.length() / 2;
        return core.length() % 2 == 0 && core.substring(0, half).equals(core.substring(half))
                && commonPasswords.contains(core.substring(0, half));
    }

    /** Both the whole name and each of its parts: «jean.dupont» refuses «jean.dupont», «jean» and «dupont». */
    private static boolean containsAnyPart(String foldedPassword, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        var foldedName = fold(name);
        if (foldedName.length() >= MIN_NAME_PART && foldedPassword.contains(foldedName)) {
            return true;
        }
        return Arrays.stream(foldedName.split("[^\\p{L}\\p{N}]+"))
                .filter(part -> part.length() >= MIN_NAME_PART)
                .anyMatch(foldedPassword::contains);
    }

    /** Lower case without accents, so that «Éloïse» and «eloise» compare equal. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String lettersOnly(String text) {
        return text.replaceAll("[^\\p{L}]", "");
    }

    private static String unLeet(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }
}
