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

    /** OWASP Password Storage Cheat Sheet, Argon2id minimum: 19 MiB of memory, 2 iterations, parallelism 1. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    /** Argon2id with a 16-byte salt and a 32-byte hash, at the OWASP minimum cost (Spring's own defaults are below). */
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
