package org.custodian.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the audit chain's key, read once at start from outside the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    @Bean
    ChainMac auditChainMac(AuditProperties properties) {
        return new ChainMac(AuditKeyLoader.load(properties.hmacKey(), properties.keyFile()));
    }
}
