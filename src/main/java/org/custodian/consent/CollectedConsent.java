package org.custodian.consent;

/**
 * A consent sent by the company's web shop through the API, with the visitor's details (PRO-1).
 *
 * @param email         the visitor's address: the person is found by it, or created as a prospect
 * @param firstNames    the visitor's first names, when the shop asked for them
 * @param lastName      the visitor's last name: required when nobody holds this address yet
 * @param purpose       the processing activity code of the register (e.g. {@code PROSPECTING})
 * @param channel       {@code EMAIL}, {@code SMS}, {@code PHONE} or {@code POST}
 * @param text          the exact text shown next to the box the visitor ticked
 * @param formVersion   the shop form's version, when it has one
 * @param noticeVersion the privacy notice version shown, when known
 * @param ip            the visitor's IP address
 * @param userAgent     the visitor's browser
 * @param source        where on the shop it was collected (page, checkout step ...)
 */
public record CollectedConsent(String email, String firstNames, String lastName, String purpose, String channel,
        String text, Integer formVersion, Integer noticeVersion, String ip, String userAgent, String source) {
}
