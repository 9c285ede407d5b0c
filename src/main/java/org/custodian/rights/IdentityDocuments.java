package org.custodian.rights;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.custodian.shared.KeyFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DSR-2 — the proofs of identity uploaded by requesters, kept only until the DPO decides: the type checked by the
 * file's first bytes (PDF, JPEG, PNG; the name and the declared type are not trusted), at most {@link #MAX_BYTES},
 * sealed with AES-256-GCM (random 96-bit IV, the check's id as associated data so that a sealed document copied to
 * another check does not open) in {@code rights_identity_document}, deleted with {@link #deleteFor}.
 *
 * <p>The key is the one of the sensitive data (SEC-5, {@code custodian.data.encryption-key}, or the key file
 * {@code custodian.data.key-file} through {@link KeyFiles}): the documents are "stored encrypted like sensitive data",
 * with no second secret to keep and back up. The contacts module keeps its cipher to itself, so this class reads the
 * same configuration rather than reaching into it.
 */
@Component
class IdentityDocuments {

    /** The largest document accepted: a scan or a photo of an identity card. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** How many documents one identity check accepts (recto, verso, and a retry). */
    static final int MAX_PER_CHECK = 4;

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    IdentityDocuments(JdbcClient jdbc, @Value("${custodian.data.encryption-key:}") String configuredKey,
            @Value("${custodian.data.key-file:./data/data-encryption.key}") Path keyFile) {
        this.jdbc = jdbc;
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

    /**
     * Seals and stores a document of the check.
     *
     * @throws InvalidRightsRequest on {@code document}: empty, too large, of another type, or one too many
     */
    UUID store(UUID checkId, byte[] content, Instant now) {
        if (content == null || content.length == 0) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("document", "document.empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("document", "document.size",
                    MAX_BYTES / (1024 * 1024))));
        }
        var type = typeOf(content).orElseThrow(() -> new InvalidRightsRequest(List.of(
                InvalidRightsRequest.violation("document", "document.type"))));
        if (count(checkId) >= MAX_PER_CHECK) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("document", "document.tooMany",
                    MAX_PER_CHECK)));
        }
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO rights_identity_document (id, check_id, content_type, size_bytes, key_id, sealed,"
                        + " uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, checkId, type, content.length, keyId, seal(content, checkId), Timestamp.from(now))
                .update();
        return id;
    }

    long count(UUID checkId) {
        return jdbc.sql("SELECT COUNT(*) FROM rights_identity_document WHERE check_id = ?").param(checkId)
                .query(Long.class).single();
    }

    List<IdentityProofs.DocumentView> list(UUID checkId) {
        return jdbc.sql("SELECT id, content_type, size_bytes, uploaded_at FROM rights_identity_document"
                        + " WHERE check_id = ? ORDER BY uploaded_at, id")
                .param(checkId)
                .query((rs, row) -> new IdentityProofs.DocumentView(rs.getObject("id", UUID.class),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The document of this check, decrypted; empty when there is none (deleted since). */
    Optional<IdentityProofs.Download> open(UUID checkId, UUID documentId) {
        return jdbc.sql("SELECT content_type, sealed FROM rights_identity_document WHERE id = ? AND check_id = ?")
                .params(documentId, checkId)
                .query((rs, row) -> new IdentityProofs.Download(rs.getString("content_type"),
                        unseal(rs.getBytes("sealed"), checkId)))
                .optional();
    }

    /** Deletes every document of the check; answers how many there were. */
    int deleteFor(UUID checkId) {
        return jdbc.sql("DELETE FROM rights_identity_document WHERE check_id = ?").param(checkId).update();
    }

    private byte[] seal(byte[] content, UUID checkId) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var sealed = cipher(Cipher.ENCRYPT_MODE, iv, checkId).doFinal(content);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private byte[] unseal(byte[] sealed, UUID checkId) {
        try {
            return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, IV_BYTES), checkId)
                    .doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An identity document cannot be read: altered, or sealed with another key",
                    e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, UUID checkId) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("rights_identity_document:" + checkId).getBytes(StandardCharsets.UTF_8));
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
