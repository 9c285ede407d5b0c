package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHashingTests {

    @Test
    @DisplayName("SEC-1 passwords are hashed with Argon2id at the OWASP minimum cost or above (19 MiB, 2 iterations)")
    void argon2ParametersMeetTheOwaspMinimum() {
        var hash = new PasswordConfiguration().passwordEncoder().encode("Kb7!mQ2#xW9$");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }
}
