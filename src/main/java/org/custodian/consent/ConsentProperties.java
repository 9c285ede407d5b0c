package org.custodian.consent;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code custodian.consent.*}.
 *
 * @param confirmationValidity    how long a double opt-in link works; unconfirmed requests are purged after it
 * @param confirmationMailsPerDay how many confirmation mails one person's address may receive per day (UTC)
 */
@ConfigurationProperties("custodian.consent")
record ConsentProperties(Duration confirmationValidity, Integer confirmationMailsPerDay) {

    ConsentProperties {
        confirmationValidity = confirmationValidity == null ? Duration.ofDays(7) : confirmationValidity;
        confirmationMailsPerDay = confirmationMailsPerDay == null ? 3 : confirmationMailsPerDay;
        if (confirmationMailsPerDay < 1) {
            throw new IllegalArgumentException("custodian.consent.confirmation-mails-per-day must be at least 1");
        }
    }
}
