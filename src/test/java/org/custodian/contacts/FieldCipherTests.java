package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldCipherTests {

    private static final String CONTEXT = "datum-1";

    private final FieldCipher cipher = new FieldCipher(key(1));

    private static byte[] key(int fill) {
        var key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    @DisplayName("SEC-5 a value comes back as it was sealed, accents and emoji included")
    void roundTrip() {
        var value = "Diabète de type 1 — insuline 🩺";

        var sealed = cipher.encrypt(value, CONTEXT);

        assertThat(sealed).doesNotContain("Diab").doesNotContain("insuline");
        assertThat(cipher.decrypt(sealed, CONTEXT)).isEqualTo(value);
    }

    @Test
    @DisplayName("SEC-5 a random IV per value: the same value sealed twice gives two different ciphertexts")
    void randomIv() {
        var first = cipher.encrypt("catholique", CONTEXT);
        var second = cipher.encrypt("catholique", CONTEXT);

        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(Base64.getDecoder().decode(first), 12))
                .isNotEqualTo(Arrays.copyOf(Base64.getDecoder().decode(second), 12));
    }

    @Test
    @DisplayName("SEC-5 a ciphertext altered by one bit is refused")
    void tamperedRefused() {
        var bytes = Base64.getDecoder().decode(cipher.encrypt("asthme", CONTEXT));
        bytes[bytes.length - 20] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes), CONTEXT))
                .isInstanceOf(FieldCipher.Unreadable.class)
                .hasMessageNotContaining("asthme");
    }

    @Test
    @DisplayName("SEC-5 another key cannot decrypt, and keys have different ids")
    void wrongKeyRefused() {
        var other = new FieldCipher(key(2));
        var sealed = cipher.encrypt("syndiqué CGT", CONTEXT);

        assertThatThrownBy(() -> other.decrypt(sealed, CONTEXT)).isInstanceOf(FieldCipher.Unreadable.class);
        assertThat(other.keyId()).isNotEqualTo(cipher.keyId()).hasSize(16);
        assertThat(new FieldCipher(key(1)).keyId()).isEqualTo(cipher.keyId());
    }

    @Test
    @DisplayName("SEC-5 a ciphertext moved to another row (another context) is refused")
    void otherContextRefused() {
        var sealed = cipher.encrypt("végétarien", CONTEXT);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "datum-2")).isInstanceOf(FieldCipher.Unreadable.class);
    }

    @Test
    @DisplayName("SEC-5 garbage and truncated values are refused, keys other than 256 bits too")
    void malformedRefused() {
        assertThatThrownBy(() -> cipher.decrypt("not base64 !", CONTEXT)).isInstanceOf(FieldCipher.Unreadable.class);
        assertThatThrownBy(() -> cipher.decrypt("AAAA", CONTEXT)).isInstanceOf(FieldCipher.Unreadable.class);
        assertThatIllegalArgumentException().isThrownBy(() -> new FieldCipher(new byte[16]));
    }
}
