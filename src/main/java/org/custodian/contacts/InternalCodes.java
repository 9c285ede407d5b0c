package org.custodian.contacts;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * CON-2: the internal code is drawn at random ({@code CUS-} and 10 Crockford base-32 characters), so it
 * says nothing about the person and cannot be a card, social security or identity document number.
 */
@Component
class InternalCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final PersonRepository persons;

    InternalCodes(PersonRepository persons) {
        this.persons = persons;
    }

    String next() {
        String code;
        do {
            code = candidate();
        } while (persons.internalCodeExists(code));
        return code;
    }

    /**
     * A random code that passes the identifier guard, not yet checked against the stored codes: the bulk
     * import checks a whole batch of them in one query instead.
     */
    String candidate() {
        String code;
        do {
            // 10 characters of 5 bits from one draw: a million-row import draws a million codes.
            var bits = random.nextLong();
            var chars = new char[10];
            for (var i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET[(int) (bits >>> (5 * i)) & 0x1F];
            }
            code = "CUS-" + new String(chars);
        } while (IdentifierGuard.check(code).isPresent());
        return code;
    }
}
