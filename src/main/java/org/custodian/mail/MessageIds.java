package org.custodian.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code Message-ID} of a message Custodian sends names its row of the outbox ({@code <row id@sender's domain>}),
 * so that a delivery status notification, which quotes the original message's headers (RFC 3464), leads back to it
 * (PRO-5: bounces counted in a campaign's results). The row id is random and says nothing of the recipient.
 */
final class MessageIds {

    private static final Pattern OWN = Pattern.compile(
            "<?\\s*([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})@[^>\\s]+\\s*>?");

    private MessageIds() {
    }

    /** The Message-ID of the outbox row {@code id} sent from {@code from} (an address, possibly with a name). */
    static String of(UUID id, String from) {
        var at = from == null ? -1 : from.lastIndexOf('@');
        var domain = at < 0 ? "custodian.local" : from.substring(at + 1).replace(">", "").strip();
        return "<" + id + "@" + (domain.isEmpty() ? "custodian.local" : domain.toLowerCase(Locale.ROOT)) + ">";
    }

    /** The outbox row a Message-ID names, when Custodian wrote it. */
    static Optional<UUID> parse(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        var matcher = OWN.matcher(messageId.strip());
        return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
    }
}
