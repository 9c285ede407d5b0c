package org.custodian.prospecting;

/**
 * An opposition to put on the suppression list (PRO-3): an e-mail address, a phone number or both, for one channel or
 * all. The address itself is hashed and never stored.
 *
 * @param reason why, in staff's words (optional); it must not hold the address itself
 */
public record SuppressionRequest(String email, String phone, SuppressionChannel channel, SuppressionSource source,
        String reason) {
}
