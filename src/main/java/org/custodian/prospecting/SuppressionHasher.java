package org.custodian.prospecting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PRO-3: the keyed hash (HMAC-SHA256) under which the suppression list holds an address, so that the list recognises
 * an address it is given without holding any: an e-mail address as the persons' match key ({@link #emailKey}, the
 * rule of {@code contacts.DuplicatePolicy}), a phone number as its French national digits ({@link #phoneKey}). The
 * kind is part of the hashed text, so that an e-mail and a phone never share a hash.
 */
final class SuppressionHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    SuppressionHasher(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The hash of an e-mail address, or null when there is no address. */
    String email(String email) {
        var normalised = emailKey(email);
        return normalised == null || normalised.isEmpty() ? null : hash("email:" + normalised);
    }

    /** The hash of a phone number, or null when it holds no digit. */
    String phone(String phone) {
        var normalised = phoneKey(phone);
        return normalised == null || normalised.isEmpty() ? null : hash("phone:" + normalised);
    }

    /** An e-mail address as the persons' match key: surrounding spaces removed, case ignored. */
    static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A phone number as its digits in French national form: {@code +33 6 12} and {@code 0033 6 12} become
     * {@code 0612}.
     */
    static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        var digits = phone.replaceAll("\\D", "");
        if (phone.strip().startsWith("+33") && digits.length() > 2) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("0033")) {
            return "0" + digits.substring(4);
        }
        return digits;
    }

    private String hash(String text) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
