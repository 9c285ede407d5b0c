package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordProviderTests {

    /** Counts the password checks; no account exists, so every check is the dummy one. */
    private static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash:" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return false;
        }
    }

    @Test
    @DisplayName("SEC-4 an unknown login costs one password check, like an account, so timing tells nothing")
    void unknownLoginCostsOneCheck() {
        var encoder = new CountingEncoder();
        var noAccounts = new StaffUserRepository(null) {
            @Override
            Optional<StaffUser> findByUsername(String username) {
                return Optional.empty();
            }
        };
        var provider = SecurityConfiguration.passwordProvider(new StaffUserDetailsService(noAccounts), encoder);

        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("nobody", "Wrong-Password-1!")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checks).hasValue(1);
    }
}
