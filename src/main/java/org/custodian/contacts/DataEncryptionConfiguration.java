package org.custodian.contacts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the cipher of the sensitive data with its key, read once at start from outside the database (SEC-5).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataEncryptionProperties.class)
class DataEncryptionConfiguration {

    @Bean
    FieldCipher sensitiveDataCipher(DataEncryptionProperties properties) {
        return new FieldCipher(EncryptionKeyLoader.load(properties.encryptionKey(), properties.keyFile()));
    }
}
