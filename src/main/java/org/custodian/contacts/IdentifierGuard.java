package org.custodian.contacts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CON-2 (seed 000 §5): no identifier may be a payment card number, a French social security number
 * (NIR) or a French identity document number.
 *
 * <p>What is refused, and the false positives deliberately avoided:
 * <ul>
 * <li>payment card: 13 to 19 digits, optionally grouped by spaces, dashes, dots or slashes, passing the Luhn
 * check (a wrong check digit is not a card number, but see {@link #suspect});</li>
 * <li>NIR: sex digit (1, 2, 3, 4, 7 or 8), year, month (01–12, 20–42 or 50–99 as INSEE allocates
 * them), department (digits, or 2A/2B for Corsica), commune, order, then the 2-digit key
 * {@code 97 − (number mod 97)} computed with 2A → 19 and 2B → 18; spaces allowed. Only a value whose
 * key is right is refused, because 13 bare digits are just as often a barcode (EAN-13);</li>
 * <li>passport, and driving licence issued since 2013 (same shape): 2 digits, 2 letters, 5 digits
 * ({@code 18AB12345});</li>
 * <li>identity card issued before 2021, and paper driving licence (same shape): 12 characters, year and
 * month of issue (the month must be 01–12), a 3-character department and office code (2A/2B allowed), then
 * 5 digits;</li>
 * <li>identity card issued since 2021: 9 letters and digits drawn at random, so it has no structure to
 * check. Refusing every 9-character code would refuse ordinary accounting codes ({@code 411DUPONT},
 * {@code CLI000123}), so only a value that mixes at least 2 letters and 2 digits <em>and</em> switches
 * between letters and digits at least 3 times ({@code X4RTBPFW4}) is refused. Codes made of a prefix
 * and a number pass; a random-looking 9-character key may be refused — use a longer or separated
 * reference instead.</li>
 * </ul>
 * Values are compared in upper case, with surrounding spaces ignored. This class is the module's public
 * API for every input path: screens, API and the CSV import.
 *
 * <p>What cannot be told for sure is not refused but {@linkplain #suspect suspected}, and the person flagged
 * for review (CON-5): a NIR without its key or with a wrong key (a typo in a real NIR is still a NIR), and 13 to
 * 19 digits that start like a card of a known issuer but fail the Luhn check.
 */
final class IdentifierGuard {

    /** What an identifier was recognised as, with the rule reported to the user. */
    public enum Kind {
        PAYMENT_CARD("CON-2.CARD"),
        SOCIAL_SECURITY_NUMBER("CON-2.NIR"),
        PASSPORT("CON-2.PASSPORT"),
        IDENTITY_CARD("CON-2.ID_CARD");

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        /** The rule identifier reported in error messages and problem details, e.g. {@code CON-2.NIR}. */
        public String rule() {
            return rule;
        }
    }

    private static final Pattern CARD = Pattern.compile("\\d(?:[ ./-]?\\d){12,18}");
    private static final Pattern NIR_WITHOUT_KEY = Pattern.compile(
            "[123478] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-3]\\d|4[0-2]|[5-9]\\d) ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3}");
    /** IIN ranges of the card schemes used in France: Visa, Mastercard, American Express, Discover, JCB, Diners, UnionPay. */
    private static final Pattern CARD_ISSUER = Pattern.compile("4\\d*|5[1-5]\\d*|2(?:2[2-9]|[3-6]\\d|7[01]|720)\\d*|3[47]\\d*"
            + "|6(?:011|5|4[4-9])\\d*|35\\d*|3(?:0[0-5]|[68])\\d*|62\\d*");
    private static final Pattern NIR = Pattern.compile(
            "[123478] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-3]\\d|4[0-2]|[5-9]\\d) ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}");
    private static final Pattern PASSPORT = Pattern.compile("\\d{2}[A-Z]{2}\\d{5}");
    private static final Pattern IDENTITY_CARD_1995 = Pattern.compile("\\d{2}(?:0[1-9]|1[0-2])(?:\\d{3}|2[AB]\\d)\\d{5}");
    private static final Pattern IDENTITY_CARD_2021 = Pattern.compile("[A-Z0-9]{9}");

    private IdentifierGuard() {
    }

    /**
     * Checks one identifier value.
     *
     * @return what the value was recognised as, or empty if it may be used as an identifier
     */
    public static Optional<Kind> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var candidate = value.strip().toUpperCase(Locale.ROOT);
        // Cards and NIRs have 13 digits or more, the documents an exact length: the patterns below only see the
        // values that could match them (a bulk import checks millions of ordinary codes).
        if (digitsOf(candidate).length() >= 13) {
            if (isCardNumber(candidate)) {
                return Optional.of(Kind.PAYMENT_CARD);
            }
            if (isNir(candidate)) {
                return Optional.of(Kind.SOCIAL_SECURITY_NUMBER);
            }
        }
        var compact = candidate.replace(" ", "");
        if (compact.length() == 9 && PASSPORT.matcher(compact).matches()) {
            return Optional.of(Kind.PASSPORT);
        }
        if (compact.length() == 12 && IDENTITY_CARD_1995.matcher(compact).matches()
                || compact.length() == 9 && isRandomNineCharacterCode(compact)) {
            return Optional.of(Kind.IDENTITY_CARD);
        }
        return Optional.empty();
    }

    /** Why an identifier or a number in a note is suspected without being refused. */
    public enum Suspicion {
        /** 13 characters shaped like a NIR without its 2-digit key. */
        NIR_WITHOUT_KEY,
        /** A NIR whose key is wrong: a mistyped NIR is still one. */
        NIR_WRONG_KEY,
        /** 13–19 digits starting like a card of a known issuer, failing the Luhn check. */
        CARD_FAILING_LUHN,
        /** A number written next to the name of an identity document (identity card, passport, residence permit, driving licence). */
        IDENTITY_DOCUMENT
    }

    /**
     * Whether a value that {@link #check} accepts still looks like a NIR or a card number: the caller stores it,
     * flagged for review.
     */
    public static Optional<Suspicion> suspect(String value) {
        if (value == null || value.isBlank() || check(value).isPresent()) {
            return Optional.empty();
        }
        var candidate = value.strip().toUpperCase(Locale.ROOT);
        if (NIR_WITHOUT_KEY.matcher(candidate).matches()) {
            return Optional.of(Suspicion.NIR_WITHOUT_KEY);
        }
        if (NIR.matcher(candidate).matches()) {
            return Optional.of(Suspicion.NIR_WRONG_KEY);
        }
        if (CARD.matcher(candidate).matches() && CARD_ISSUER.matcher(digitsOf(candidate)).matches()) {
            return Optional.of(Suspicion.CARD_FAILING_LUHN);
        }
        return Optional.empty();
    }

    /** A run of 13–19 digits, optionally grouped by single spaces, dashes, dots or slashes, with a valid Luhn check digit. */
    static boolean isCardNumber(String value) {
        return CARD.matcher(value).matches() && luhn(digitsOf(value));
    }

    /** A 15-character NIR (spaces allowed) whose key is right. */
    static boolean isNir(String value) {
        if (!NIR.matcher(value).matches()) {
            return false;
        }
        var compact = value.replace(" ", "");
        var body = compact.substring(0, 13).replace("2A", "19").replace("2B", "18");
        var key = Integer.parseInt(compact.substring(13));
        return key == 97 - (int) (Long.parseLong(body) % 97);
    }

    static boolean luhn(String digits) {
        var sum = 0;
        var doubled = false;
        for (var i = digits.length() - 1; i >= 0; i--) {
            var digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    static String digitsOf(String value) {
        var digits = new StringBuilder(value.length());
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static boolean isRandomNineCharacterCode(String value) {
        if (!IDENTITY_CARD_2021.matcher(value).matches()) {
            return false;
        }
        int letters = 0;
        int switches = 0;
        for (var i = 0; i < value.length(); i++) {
            var letter = Character.isLetter(value.charAt(i));
            if (letter) {
                letters++;
            }
            if (i > 0 && letter != Character.isLetter(value.charAt(i - 1))) {
                switches++;
            }
        }
        var digits = value.length() - letters;
        return letters >= 2 && digits >= 2 && switches >= 3;
    }
}
