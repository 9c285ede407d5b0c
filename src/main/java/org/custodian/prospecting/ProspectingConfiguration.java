package org.custodian.prospecting;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the suppression list's key, read once at start from outside the database (PRO-3), and the eligibility rules
 * with the configured periods (PRO-2, PRO-6, PRO-8).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProspectingProperties.class)
class ProspectingConfiguration {

    @Bean
    SuppressionHasher suppressionHasher(ProspectingProperties properties) {
        return new SuppressionHasher(SuppressionKeyLoader.load(properties.suppressionKey(),
                properties.suppressionKeyFile()));
    }

    @Bean
    EligibilityRules eligibilityRules(ProspectingProperties properties,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        return new EligibilityRules(properties.retention(), properties.maxMessages(), properties.capWindow(), zone);
    }
}
