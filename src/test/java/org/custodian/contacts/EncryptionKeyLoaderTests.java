package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionKeyLoaderTests {

    @TempDir
    Path dir;

    @Test
    @DisplayName("SEC-5 with no key configured, a random 256-bit key file readable by its owner only is created once")
    void createsAKeyFileOnce() throws Exception {
        var file = dir.resolve("data/data-encryption.key");

        var first = EncryptionKeyLoader.load("", file);
        var second = EncryptionKeyLoader.load(null, file);

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(EncryptionKeyLoader.load("", dir.resolve("other.key"))).isNotEqualTo(first);
    }

    @Test
    @DisplayName("SEC-5 a configured key (Base64 of 32 bytes) wins and no file is written")
    void configuredKeyWins() {
        var file = dir.resolve("data-encryption.key");
        var configured = new byte[32];
        configured[0] = 7;

        var key = EncryptionKeyLoader.load(Base64.getEncoder().encodeToString(configured), file);

        assertThat(key).isEqualTo(configured);
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("SEC-5 a configured key that is not Base64 of 32 bytes stops the start, without showing the key")
    void badKeyRefused() {
        var file = dir.resolve("data-encryption.key");

        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeyLoader.load("short-secret", file))
                .withMessageNotContaining("short-secret");
        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeyLoader.load(
                Base64.getEncoder().encodeToString(new byte[16]), file)).withMessageContaining("32 bytes");
    }
}
