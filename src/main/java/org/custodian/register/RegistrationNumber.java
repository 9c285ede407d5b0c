package org.custodian.register;

/**
 * A French company registration number: SIREN (9 digits) or SIRET (14 digits), both protected by
 * the Luhn key (INSEE rules), except La Poste's establishments (SIREN 356 000 000) whose SIRET digits
 * add up to a multiple of 5. Spaces and dots are allowed when typed and removed when stored.
 */
final class RegistrationNumber {

    private static final String LA_POSTE_SIREN = "356000000";

    private RegistrationNumber() {
    }

    static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.]", "");
    }

    static boolean isValid(String raw) {
        var digits = normalise(raw);
        if ((digits.length() != 9 && digits.length() != 14) || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (digits.length() == 14 && digits.startsWith(LA_POSTE_SIREN)) {
            return digits.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(digits);
    }

    private static boolean luhn(String digits) {
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
