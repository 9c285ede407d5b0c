package org.custodian.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque token of a personal link (an unsubscribe link, PRO-3; a rights request's confirmation, identity check or
 * answer, DSR-1, DSR-2, DSR-7): 256 random bits, URL-safe, so that it can be neither guessed nor enumerated; the table
 * keeps its SHA-256 only. A plain hash is enough: the token has all the entropy a key would.
 */
public final class OpaqueTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private OpaqueTokens() {
    }

    /** A new token, 43 URL-safe characters. */
    public static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored hash of a token, or empty when the text cannot be a token (nothing to look up). */
    public static Optional<String> hash(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
