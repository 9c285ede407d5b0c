package org.custodian.consent;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.consent.*}.
 *
 * @param confirmationValidity how long a double opt-in link works; unconfirmed requests are purged after it
 */
@ConfigurationProperties("custodian.consent")
record ConsentProperties(Duration confirmationValidity) {

    ConsentProperties {
        confirmationValidity = confirmationValidity == null ? Duration.ofDays(7) : confirmationValidity;
    }
}
