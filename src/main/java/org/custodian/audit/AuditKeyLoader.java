package org.custodian.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

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
        var key = Files.exists(keyFile) ? read(keyFile) : createOrRead(keyFile);
        log.warn("The audit log's HMAC key is read from the file {}. In production set CUSTODIAN_AUDIT_HMAC_KEY "
                + "(the same value on every node) and keep it outside the database and its backups.",
                keyFile.toAbsolutePath());
        return key;
    }

    private static byte[] createOrRead(Path keyFile) {
        var key = new byte[GENERATED_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            var parent = keyFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            createOwnerOnly(keyFile);
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            log.warn("Generated a new audit HMAC key in {}", keyFile.toAbsolutePath());
            return key;
        }
        catch (FileAlreadyExistsException raced) {
            // Another process created it between our check and our write: use its key, not ours.
            return read(keyFile);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit key file " + keyFile.toAbsolutePath(), e);
        }
    }

    private static void createOwnerOnly(Path keyFile) throws IOException {
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        else {
            Files.createFile(keyFile);
        }
    }

    private static byte[] read(Path keyFile) {
        try {
            var text = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
            var key = Base64.getDecoder().decode(text);
            if (key.length < 16) {
                throw new IllegalStateException("The audit key file " + keyFile.toAbsolutePath() + " holds too short a key");
            }
            return key;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key file " + keyFile.toAbsolutePath(), e);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key file " + keyFile.toAbsolutePath() + " is not Base64", e);
        }
    }
}
