package org.custodian.contacts;

/**
 * The proof of the explicit consent a sensitive datum is stored under (CON-4): kept with the datum itself, so that
 * the datum and its reason to exist are erased together.
 *
 * @param text          the exact consent text the person accepted (required)
 * @param formRef       the collection form it was given on, if any
 * @param formVersion   the version of that form
 * @param noticeVersion the version of the privacy notice shown
 * @param ip            the person's IP address, when collected online
 * @param userAgent     the person's browser, when collected online
 * @param source        where the consent was collected, e.g. {@code form:health-survey} (required)
 */
public record SensitiveConsent(String text, String formRef, Integer formVersion, Integer noticeVersion,
        String ip, String userAgent, String source) {
}
