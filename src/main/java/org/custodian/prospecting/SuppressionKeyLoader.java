package org.custodian.prospecting;

import java.nio.file.Path;
import java.util.Base64;

import org.custodian.shared.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key of the suppression list's hashes outside the database (PRO-3), as the audit and data keys are found:
 * the configured key when there is one, otherwise a random key generated once into a file readable by its owner only.
 * Losing or changing this key makes every entry unrecognisable: the oppositions would no longer be honoured.
 */
final class SuppressionKeyLoader {

    static final int KEY_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(SuppressionKeyLoader.class);

    private SuppressionKeyLoader() {
    }

    static byte[] load(String configuredKey, Path keyFile) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return decode(configuredKey, "custodian.prospecting.suppression-key (CUSTODIAN_SUPPRESSION_KEY)");
        }
        var key = decode(KeyFiles.readOrCreate(keyFile, KEY_BYTES), "the key file " + keyFile.toAbsolutePath());
        log.warn("The key of the suppression list is read from the file {}. In production set "
                + "CUSTODIAN_SUPPRESSION_KEY (openssl rand -base64 32, the same value on every node), keep it outside "
                + "the database and back it up apart from it: without it the oppositions on the list are no longer "
                + "recognised.", keyFile.toAbsolutePath());
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
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException(origin + " must hold at least " + KEY_BYTES + " bytes, not " + key.length
                    + ": generate one with openssl rand -base64 32");
        }
        return key;
    }
}
