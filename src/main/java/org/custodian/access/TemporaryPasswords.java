package org.custodian.access;

import java.security.SecureRandom;

/**
 * Random passwords that satisfy {@link PasswordPolicy}: for new accounts, resets and the first start. 16 characters
 * from an alphabet without look-alikes (0/O, 1/l/I), so that a password read on screen can be typed without error.
 */
final class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SPECIAL = "!#%+-=?@_";
    private static final String ALL = UPPER + LOWER + DIGITS + SPECIAL;
    private static final int LENGTH = 16;

    private final PasswordPolicy policy;
    private final SecureRandom random;

    TemporaryPasswords(PasswordPolicy policy, SecureRandom random) {
        this.policy = policy;
        this.random = random;
    }

    /** A fresh password acceptable for this account. */
    String generate(String username, String displayName) {
        while (true) {
            var chars = new char[LENGTH];
            chars[0] = pick(UPPER);
            chars[1] = pick(LOWER);
            chars[2] = pick(DIGITS);
            chars[3] = pick(SPECIAL);
            for (int i = 4; i < LENGTH; i++) {
                chars[i] = pick(ALL);
            }
            for (int i = LENGTH - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                char swap = chars[i];
                chars[i] = chars[j];
                chars[j] = swap;
            }
            var password = new String(chars);
            // A random string almost never contains a name, but the policy has the last word.
            if (policy.check(password, username, displayName).isEmpty()) {
                return password;
            }
        }
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
