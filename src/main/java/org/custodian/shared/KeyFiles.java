package org.custodian.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret key kept in a file outside the database when none is configured (the audit MAC key of SEC-3, the
 * encryption key of SEC-5): generated once, written readable by its owner only, and read back as Base64 text.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * The Base64 text of the key in the file, after generating one of {@code generatedBytes} random bytes if there
     * is no file yet. When two nodes start together, the second uses the first one's key, never its own.
     *
     * @return the file's text, stripped; the caller decodes and checks it
     */
    public static String readOrCreate(Path keyFile, int generatedBytes) {
        if (Files.exists(keyFile)) {
            return read(keyFile);
        }
        var key = new byte[generatedBytes];
        new SecureRandom().nextBytes(key);
        var text = Base64.getEncoder().encodeToString(key);
        try {
            var parent = keyFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            OwnerOnlyFiles.createFile(keyFile);
            Files.writeString(keyFile, text, StandardCharsets.US_ASCII);
            return text;
        } catch (FileAlreadyExistsException raced) {
            return read(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the key file " + keyFile.toAbsolutePath(), e);
        }
    }

    private static String read(Path keyFile) {
        try {
            return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + keyFile.toAbsolutePath(), e);
        }
    }
}
