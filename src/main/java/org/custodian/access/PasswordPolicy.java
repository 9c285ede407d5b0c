package org.custodian.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SEC-1 — staff passwords per CNIL deliberation 2022-100 (case 1, password alone: «une entropie d'au moins 80 bits»),
 * plus no control character, not mostly blanks, no own name and no common password, even decorated.
 * <p>
 * Entropy is measured as the deliberation does. A password is {@code length × log2(alphabet)}, the alphabet being
 * the sum of the classes it uses: 26 lower-case letters, 26 upper-case, 10 digits and 37 special characters (its
 * example 1: «une liste d'au moins 37 caractères spéciaux possibles»); so 12 characters of the four classes (its
 * example 1, 79.6 bits, which it counts as 80: the measure is rounded to the bit) and 14 characters without special
 * characters (example 2, 83 bits) pass. A passphrase — words separated by blanks — is {@code words × log2(dictionary)}
 * (example 3: «au minimum 7 mots»), counting distinct words of three letters or more from the 7,776-word Diceware
 * dictionary: 7 words give 90 bits, 6 give 77; its other parts (digits, signs, short words) count as characters.
 * <p>
 * The deliberation's measure assumes characters drawn at random, so what is not random is not counted: a run of
 * blanks counts once, a unit of one to three characters repeated three times or more counts once; and a common
 * password is refused even when digits, signs or up to three letters are added before or after it
 * ({@code Password2024!a}). Pure: no Spring, no clock. The list of common passwords is a resource.
 */
public final class PasswordPolicy {

    /** CNIL 2022-100, case 1 (password alone, no complementary measure). */
    public static final int MIN_ENTROPY_BITS = 80;

    /** The shortest password that can reach 80 bits: 12 characters of the four classes (CNIL example 1). */
    public static final int MIN_LENGTH = 12;

    /** CNIL example 2: 14 characters mixing upper case, lower case and digits, no special character needed. */
    public static final int MIN_LENGTH_WITHOUT_SPECIAL = 14;

    /** CNIL example 3: a passphrase of at least 7 words. */
    public static final int MIN_PASSPHRASE_WORDS = 7;

    /** Upper bound so that hashing cannot be abused with huge inputs. */
    public static final int MAX_LENGTH = 128;

    private static final int LOWER_CASE_LETTERS = 26;
    private static final int UPPER_CASE_LETTERS = 26;
    private static final int DIGITS = 10;
    private static final int SPECIAL_CHARACTERS = 37;
    private static final int DICTIONARY_WORDS = 7_776;
    private static final int MIN_WORD_LETTERS = 3;

    /** Letters that may be added before or after a common password and still be a decoration of it. */
    private static final int MAX_DECORATION_LETTERS = 3;

    /** Shorter cores («abc», «hi») would refuse strong passwords that merely contain them. */
    private static final int MIN_DECORATED_CORE = 4;

    /** Name parts shorter than this («le», «de») would refuse far too many passwords. */
    private static final int MIN_NAME_PART = 3;

    /** Spaces of every kind (also the no-break space a word processor inserts), tabs being control characters. */
    private static final Pattern BLANKS = Pattern.compile("[\\p{javaWhitespace}\\p{Zs}]+");
    private static final Pattern REPEATED_UNIT = Pattern.compile("(.{1,3}?)\\1{2,}");

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
        if (password.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            violations.add(PasswordViolation.CONTROL_CHARACTER);
        }
        if (password.codePoints().filter(PasswordPolicy::isBlank).count() * 2 > length) {
            violations.add(PasswordViolation.MOSTLY_BLANK);
        }
        if (length >= MIN_LENGTH && Math.round(entropyBits(password)) < MIN_ENTROPY_BITS) {
            violations.add(PasswordViolation.TOO_WEAK);
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
     * The entropy of a password in bits, as CNIL deliberation 2022-100 measures it (see the class comment): by its
     * words when blanks separate it into several, by its characters otherwise.
     */
    static double entropyBits(String password) {
        var tokens = BLANKS.split(password.strip());
        if (tokens.length < 2) {
            return characterBits(password);
        }
        var distinct = new LinkedHashMap<String, String>();
        for (var token : tokens) {
            distinct.putIfAbsent(fold(token), token);
        }
        double bits = 0;
        for (var token : distinct.values()) {
            bits += token.length() >= MIN_WORD_LETTERS && token.codePoints().allMatch(Character::isLetter)
                    ? log2(DICTIONARY_WORDS) : characterBits(token);
        }
        return bits;
    }

    private static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** {@code length × log2(alphabet)}, with blanks and repeated units counted once. */
    private static double characterBits(String text) {
        var counted = REPEATED_UNIT.matcher(BLANKS.matcher(text).replaceAll(" ")).replaceAll("$1");
        int alphabet = 0;
        if (counted.codePoints().anyMatch(Character::isLowerCase)) {
            alphabet += LOWER_CASE_LETTERS;
        }
        if (counted.codePoints().anyMatch(Character::isUpperCase)) {
            alphabet += UPPER_CASE_LETTERS;
        }
        if (counted.codePoints().anyMatch(Character::isDigit)) {
            alphabet += DIGITS;
        }
        if (counted.codePoints().anyMatch(c -> !Character.isLowerCase(c) && !Character.isUpperCase(c)
                && !Character.isDigit(c))) {
            alphabet += SPECIAL_CHARACTERS;
        }
        return alphabet == 0 ? 0 : counted.codePointCount(0, counted.length()) * log2(alphabet);
    }

    private static double log2(int value) {
        return Math.log(value) / Math.log(2);
    }

    /**
     * True when the password, its letters alone, or what remains once digits, signs and up to three letters are taken
     * off its start and end (also read without «l33t» digits) is a common password: {@code Azerty2024!!xx},
     * {@code P@ssw0rd2024!} and {@code Password2024!a} are as weak as {@code azerty} and {@code password}.
     */
    private boolean isCommon(String folded) {
        if (commonPasswords.contains(folded) || isCommonCore(lettersOnly(folded))) {
            return true;
        }
        int n = folded.length();
        var lettersBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            lettersBefore[i + 1] = lettersBefore[i] + (Character.isLetter(folded.charAt(i)) ? 1 : 0);
        }
        for (int start = 0; start <= n && lettersBefore[start] <= MAX_DECORATION_LETTERS; start++) {
            for (int end = n; end - start >= MIN_DECORATED_CORE
                    && lettersBefore[n] - lettersBefore[end] <= MAX_DECORATION_LETTERS; end--) {
                var core = folded.substring(start, end);
                if (isCommonCore(core) || isCommonCore(unLeet(core))) {
                    return true;
                }
            }
        }
        return false;
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
