package org.custodian.contacts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one field at a time with AES-256-GCM (SEC-5). Each value gets a random 96-bit IV, so equal values never
 * give equal ciphertexts; the 128-bit tag refuses any altered byte and any other key. The caller names a context
 * (authenticated, not stored in the ciphertext) that ties the ciphertext to its row: copied onto another row, it
 * does not decrypt. Sealed form: Base64 of IV ‖ ciphertext ‖ tag.
 */
final class FieldCipher {

    static final int KEY_BYTES = 32;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_ID_BYTES = 8;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 needs a key of " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = idOf(key);
    }

    /**
     * A short fingerprint of the key, stored with each value so that a key rotation knows which key sealed which
     * row; it reveals nothing usable about the key (a truncated SHA-256).
     */
    String keyId() {
        return keyId;
    }

    String encrypt(String plaintext, String context) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
            var sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws Unreadable if the value was altered, sealed with another key or for another context
     */
    String decrypt(String sealed, String context) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("not Base64", e);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new Unreadable("too short to hold an IV and a tag", null);
        }
        try {
            var cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), context);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new Unreadable("altered, or sealed with another key", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
        var cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static String idOf(byte[] key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, KEY_ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A sealed value that cannot be decrypted; says why without showing any of it. */
    static final class Unreadable extends RuntimeException {

        Unreadable(String reason, Throwable cause) {
            super("Encrypted value cannot be read: " + reason, cause);
        }
    }
}
