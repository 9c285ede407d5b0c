package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyLoaderTests {

    @TempDir
    Path dir;

    @Test
    @DisplayName("SEC-3 with no key configured, a random key file readable by its owner only is created")
    void createsAKeyFile() throws Exception {
        var file = dir.resolve("data/audit-hmac.key");

        var key = AuditKeyLoader.load("", file);

        assertThat(file).exists();
        assertThat(key).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    @DisplayName("SEC-3 the key file, once created, is reused at the next start")
    void reusesTheKeyFile() {
        var file = dir.resolve("audit-hmac.key");

        var first = AuditKeyLoader.load(null, file);
        var second = AuditKeyLoader.load(null, file);

        assertThat(second).isEqualTo(first);
    }

    @Test
    @DisplayName("SEC-3 two generated keys differ")
    void generatesRandomKeys() {
        assertThat(AuditKeyLoader.load("", dir.resolve("a.key"))).isNotEqualTo(AuditKeyLoader.load("", dir.resolve("b.key")));
    }

    @Test
    @DisplayName("SEC-3 a configured key is used as it is and no file is written")
    void configuredKeyWins() {
        var file = dir.resolve("audit-hmac.key");

        var key = AuditKeyLoader.load("configured-key-0123456789abcdefgh", file);

        assertThat(key).isEqualTo("configured-key-0123456789abcdefgh".getBytes(StandardCharsets.UTF_8));
        assertThat(file).doesNotExist();
    }
}
