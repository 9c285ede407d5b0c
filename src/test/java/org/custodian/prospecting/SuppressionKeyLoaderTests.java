package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionKeyLoaderTests {

    @TempDir
    Path dir;

    @Test
    @DisplayName("PRO-3 with no key configured, a random 256-bit key file readable by its owner only is created once")
    void createsAKeyFileOnce() throws Exception {
        var file = dir.resolve("data/suppression-hmac.key");

        var first = SuppressionKeyLoader.load("", file);
        var second = SuppressionKeyLoader.load(null, file);

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    @DisplayName("PRO-3 a configured key wins and no file is written")
    void configuredKeyWins() {
        var file = dir.resolve("suppression-hmac.key");
        var configured = new byte[32];
        configured[0] = 9;

        assertThat(SuppressionKeyLoader.load(Base64.getEncoder().encodeToString(configured), file))
                .isEqualTo(configured);
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("PRO-3 a configured key that is not Base64 of 32 bytes stops the start, without showing the key")
    void badKeyRefused() {
        var file = dir.resolve("suppression-hmac.key");

        assertThatIllegalStateException().isThrownBy(() -> SuppressionKeyLoader.load("short-secret", file))
                .withMessageNotContaining("short-secret");
        assertThatIllegalStateException().isThrownBy(() -> SuppressionKeyLoader.load(
                Base64.getEncoder().encodeToString(new byte[16]), file)).withMessageContaining("32 bytes");
    }
}
