package org.custodian.consent;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.consent.*}.
 *
 * @param confirmationValidity    how long a double opt-in link works; unconfirmed requests are purged after it
 * @param objectionProofRetention how long the anonymised proof of an objection or withdrawal outlives the person's
 *                                erasure (the limitation period, {@link ObjectionProofRetention})
 */
@ConfigurationProperties("custodian.consent")
record ConsentProperties(Duration confirmationValidity, Period objectionProofRetention) {

    ConsentProperties {
        confirmationValidity = confirmationValidity == null ? Duration.ofDays(7) : confirmationValidity;
        objectionProofRetention = objectionProofRetention == null ? ObjectionProofRetention.LIMITATION_PERIOD
                : objectionProofRetention;
    }
}
