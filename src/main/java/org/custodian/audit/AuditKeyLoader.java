package org.custodian.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.custodian.shared.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key of the audit MAC chain outside the database (SEC-3): the configured key when there is
 * one, otherwise a random key generated once into a file readable by its owner only.
 */
final class AuditKeyLoader {

    private static final Logger log = LoggerFactory.getLogger(AuditKeyLoader.class);
    private static final int GENERATED_KEY_BYTES = 32;
    private static final int RECOMMENDED_KEY_CHARS = 32;

    private AuditKeyLoader() {
    }

    static byte[] load(String configuredKey, Path keyFile) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            if (configuredKey.length() < RECOMMENDED_KEY_CHARS) {
                log.warn("custodian.audit.hmac-key is shorter than {} characters: use a long random value",
                        RECOMMENDED_KEY_CHARS);
            }
            return configuredKey.getBytes(StandardCharsets.UTF_8);
        }
        var key = decode(KeyFiles.readOrCreate(keyFile, GENERATED_KEY_BYTES), keyFile);
        log.warn("The audit log's HMAC key is read from the file {}. In production set CUSTODIAN_AUDIT_HMAC_KEY "
                + "(the same value on every node) and keep it outside the database and its backups.",
                keyFile.toAbsolutePath());
        return key;
    }

    private static byte[] decode(String text, Path keyFile) {
        try {
            var key = Base64.getDecoder().decode(text);
            if (key.length < 16) {
                throw new IllegalStateException("The audit key file " + keyFile.toAbsolutePath() + " holds too short a key");
            }
            return key;
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key file " + keyFile.toAbsolutePath() + " is not Base64", e);
        }
    }
}
