package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTests {

    private static final String PASSWORD = "Kb7!mQ2#xW9$";

    private final PasswordEncoder encoder = new PasswordConfiguration().passwordEncoder();

    @Test
    @DisplayName("SEC-1 passwords are hashed with Argon2id at an OWASP minimum cost (7 MiB, 5 iterations, the equal of 19 MiB × 2)")
    void argon2ParametersMeetTheOwaspMinimum() {
        var hash = encoder.encode(PASSWORD);

        assertThat(hash).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
    }

    @Test
    @DisplayName("SEC-1 a hash of the former cost (19 MiB × 2) still verifies, and is to be re-hashed at the next sign-in")
    void formerHashesStillVerifyAndAreUpgraded() {
        var former = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);

        assertThat(encoder.matches(PASSWORD, former)).isTrue();
        assertThat(encoder.upgradeEncoding(former)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode(PASSWORD))).isFalse();
    }
}
