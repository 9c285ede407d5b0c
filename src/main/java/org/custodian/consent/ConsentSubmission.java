package org.custodian.consent;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A consent as it was given, with everything needed to prove it later (PRO-1).
 *
 * @param personId            the person who consents
 * @param purpose             the processing activity code (e.g. {@code PROSPECTING})
 * @param channel             the channel consented to
 * @param text                the exact text the person saw next to the box
 * @param formRef             the collection form (slug) or the calling system
 * @param formVersion         the form's version, when known
 * @param noticeVersion       the privacy notice version in force, when known
 * @param ip                  the person's IP address, when collected online
 * @param userAgent           the person's browser, when collected online
 * @param source              where it came from (site page, shop, phone call to customer service ...)
 * @param proof               how it was collected
 * @param confirmationAddress where to send the double opt-in mail (e-mail channel only; not stored in the ledger)
 * @param locale              language of the confirmation mail
 */
public record ConsentSubmission(UUID personId, String purpose, Channel channel, String text, String formRef,
        Integer formVersion, Integer noticeVersion, String ip, String userAgent, String source, ProofKind proof,
        String confirmationAddress, Locale locale) {

    private static final Pattern PURPOSE = Pattern.compile("^[A-Z][A-Z_]{1,59}$");

    public ConsentSubmission {
        require(personId != null, "personId is required");
        require(purpose != null && PURPOSE.matcher(purpose).matches(), "purpose must be an activity code");
        require(channel != null, "channel is required");
        require(text != null && !text.isBlank() && text.length() <= 20000, "the text shown is required");
        require(source != null && !source.isBlank() && source.length() <= 200, "the source is required");
        require(proof != null, "the kind of proof is required");
        require(ip == null || ip.length() <= 45, "ip is too long");
        userAgent = cutUserAgent(userAgent);
        locale = locale == null ? Locale.FRENCH : locale;
    }

    /**
     * Whether this consent must be confirmed from the mailbox before it counts: e-mail consent collected
     * online, where the address could be someone else's, and e-mail consent asked for by staff, who must not
     * tick it on the person's behalf (the person confirms it from their own mailbox).
     */
    public boolean needsDoubleOptIn() {
        return channel == Channel.EMAIL
                && (proof == ProofKind.FORM || proof == ProofKind.API || proof == ProofKind.STAFF);
    }

    /** A browser's name as the ledger keeps it: its first 500 characters (the browser chose it, not the caller). */
    static String cutUserAgent(String userAgent) {
        return userAgent == null || userAgent.length() <= 500 ? userAgent : userAgent.substring(0, 500);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
