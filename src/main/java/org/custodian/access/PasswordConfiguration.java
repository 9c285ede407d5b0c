package org.custodian.access;

import java.security.SecureRandom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * SEC-1: passwords are hashed with Argon2id (salted, memory-hard) and checked against the CNIL policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccessProperties.class, SessionProperties.class })
class PasswordConfiguration {

    /**
     * OWASP Password Storage Cheat Sheet, Argon2id: 19 MiB × 2 iterations, or one of its equivalents "of equal
     * defense" — 12 MiB × 3, 9 MiB × 4, 7 MiB × 5, all with parallelism 1. The last one is taken: Bouncy Castle's
     * Argon2 spends less time allocating and walking a smaller memory, so a check takes about half the time of
     * 19 MiB × 2 on our machines (docs/benchmarks.md, sign-in), and a sign-in stays well under 500 ms. Hashes made
     * with 19 MiB × 2 (or Spring's lower defaults) still verify, and are re-hashed at the next sign-in because their
     * iteration count is below this one ({@code upgradeEncoding}).
     */
    static final int ARGON2_MEMORY_KIB = 7 * 1024;
    static final int ARGON2_ITERATIONS = 5;

    /** Argon2id with a 16-byte salt and a 32-byte hash, at an OWASP minimum cost (Spring's own defaults are below). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withBundledList();
    }

    @Bean
    LockoutPolicy lockoutPolicy(AccessProperties properties) {
        return new LockoutPolicy(properties.lockout());
    }

    @Bean
    TemporaryPasswords temporaryPasswords(PasswordPolicy policy) {
        return new TemporaryPasswords(policy, new SecureRandom());
    }
}
