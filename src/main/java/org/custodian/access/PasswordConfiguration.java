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

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
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
