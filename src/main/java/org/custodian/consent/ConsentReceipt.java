package org.custodian.consent;

import java.util.UUID;

/**
 * What became of a consent received through the API.
 *
 * @param personId the person found by the e-mail address or created as a prospect
 * @param purpose  the processing activity code
 * @param channel  the channel
 * @param state    {@link ConsentStatus#PENDING_CONFIRMATION} for e-mail until the person confirms,
 *                 {@link ConsentStatus#ACTIVE} otherwise
 */
public record ConsentReceipt(UUID personId, String purpose, Channel channel, ConsentStatus state) {
}
