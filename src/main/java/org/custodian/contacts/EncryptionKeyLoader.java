package org.custodian.contacts;

import java.nio.file.Path;
import java.util.Base64;

import org.custodian.shared.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key that encrypts sensitive data outside the database (SEC-5): the configured key when there is one,
 * otherwise a random key generated once into a file readable by its owner only (the approach of the audit key).
 * Losing this key loses the sensitive data: it must be kept, and backed up apart from the database.
 */
final class EncryptionKeyLoader {

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeyLoader.class);

    private EncryptionKeyLoader() {
    }

    static byte[] load(String configuredKey, Path keyFile) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return decode(configuredKey, "custodian.data.encryption-key (CUSTODIAN_DATA_ENCRYPTION_KEY)");
        }
        var key = decode(KeyFiles.readOrCreate(keyFile, FieldCipher.KEY_BYTES),
                "the key file " + keyFile.toAbsolutePath());
        log.warn("The key of the sensitive data is read from the file {}. In production set "
                + "CUSTODIAN_DATA_ENCRYPTION_KEY (openssl rand -base64 32, the same value on every node), keep it "
                + "outside the database and back it up apart from it: without it the sensitive data cannot be read.",
                keyFile.toAbsolutePath());
        return key;
    }

    /** The message names where the key came from, never the key itself. */
    private static byte[] decode(String text, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(origin + " is not Base64: generate one with openssl rand -base64 32", e);
        }
        if (key.length != FieldCipher.KEY_BYTES) {
            throw new IllegalStateException(origin + " must hold " + FieldCipher.KEY_BYTES + " bytes (AES-256), not "
                    + key.length + ": generate one with openssl rand -base64 32");
        }
        return key;
    }
}
