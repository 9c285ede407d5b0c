package org.custodian.rights;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.custodian.shared.KeyFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The files the rights module keeps from requesters — proofs of identity (DSR-2), letters and messages received with a
 * request (DSR-1) — checked and sealed one way: the type read from the file's first bytes (PDF, JPEG, PNG; the name and
 * the declared type are not trusted), the content sealed with AES-256-GCM (a random 96-bit IV, then the ciphertext and
 * its tag), with associated data naming the row it belongs to, so that a sealed file copied to another row does not
 * open.
 *
 * <p>The key is the one of the sensitive data (SEC-5, {@code custodian.data.encryption-key}, or the key file
 * {@code custodian.data.key-file} through {@link KeyFiles}): these files are "stored encrypted like sensitive data",
 * with no second secret to keep and back up. The contacts module keeps its cipher to itself, so this class reads the
 * same configuration rather than reaching into it.
 */
@Component
class SealedFiles {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    SealedFiles(@Value("${custodian.data.encryption-key:}") String configuredKey,
            @Value("${custodian.data.key-file:./data/data-encryption.key}") Path keyFile) {
        var text = configuredKey == null || configuredKey.isBlank() ? KeyFiles.readOrCreate(keyFile, KEY_BYTES)
                : configuredKey;
        var bytes = Base64.getDecoder().decode(text.strip());
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The data encryption key must hold " + KEY_BYTES + " bytes (AES-256)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.keyId = idOf(bytes);
    }

    /** The media type the first bytes show, or empty when they are none of PDF, JPEG, PNG. */
    static Optional<String> typeOf(byte[] content) {
        if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (var i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first 8 bytes of the key's SHA-256, in hexadecimal: which key sealed a file, without the key. */
    String keyId() {
        return keyId;
    }

    /** The content sealed for the row named by {@code associatedData}: IV || ciphertext || tag. */
    byte[] seal(byte[] content, String associatedData) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var sealed = cipher(Cipher.ENCRYPT_MODE, iv, associatedData).doFinal(content);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The content of a sealed file, opened for the row it was sealed for. */
    byte[] unseal(byte[] sealed, String associatedData) {
        try {
            return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, IV_BYTES), associatedData)
                    .doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed file cannot be read: altered, or sealed with another key", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String associatedData) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static String idOf(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
