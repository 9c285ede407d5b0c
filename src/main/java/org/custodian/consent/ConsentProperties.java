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
 * @param confirmationMailsPerDay how many confirmation mails one person's address may receive per day (UTC)
 */
@ConfigurationProperties("custodian.consent")
record ConsentProperties(Duration confirmationValidity, Period objectionProofRetention,
        Integer confirmationMailsPerDay) {

    ConsentProperties {
        confirmationValidity = confirmationValidity == null ? Duration.ofDays(7) : confirmationValidity;
        objectionProofRetention = objectionProofRetention == null ? ObjectionProofRetention.LIMITATION_PERIOD
                : objectionProofRetention;
        confirmationMailsPerDay = confirmationMailsPerDay == null ? 3 : confirmationMailsPerDay;
        if (confirmationMailsPerDay < 1) {
            throw new IllegalArgumentException("custodian.consent.confirmation-mails-per-day must be at least 1");
        }
    }
}
