package org.custodian.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and directories readable by the application's own account only (SEC-5): secret keys, and customer files
 * waiting for their import. On a file system without POSIX permissions (Windows) the files are created with
 * the defaults of their directory, which the administrator restricts.
 */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Creates a new, empty file with mode 600; fails if the file exists. */
    public static Path createFile(Path file) throws IOException {
        if (posix(file)) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }

    /**
     * Creates the directory and its missing parents; the directory itself gets mode 700, also when it already
     * existed (a folder created by hand or by an older version may be open to everyone).
     */
    public static Path createDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (posix(directory)) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
        return directory;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
