package org.custodian.mail;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A message to send. Extra headers (e.g. {@code List-Unsubscribe}) are checked so that no value can
 * smuggle a line break into the message head (header injection).
 *
 * @param to       one recipient address
 * @param subject  the subject line
 * @param text     the plain-text body, always present
 * @param html     an optional HTML alternative
 * @param headers  extra headers, possibly empty
 * @param category what the message is for (e.g. {@code consent-confirmation}), shown in the outbox
 * @param sender   the From of this message ({@code "Name <address>"} or an address), null for the organisation's
 *                 default address ({@code custodian.mail.from})
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers,
        String category, String sender) {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern HEADER_NAME = Pattern.compile("^[A-Za-z0-9-]{1,76}$");

    public OutgoingMail {
        if (to == null || to.length() > 254 || !ADDRESS.matcher(to).matches()) {
            throw new IllegalArgumentException("Not a valid recipient address");
        }
        if (subject == null || subject.isBlank() || subject.length() > 300 || hasLineBreak(subject)) {
            throw new IllegalArgumentException("A subject of one line, up to 300 characters, is required");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A plain-text body is required");
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        headers.forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches() || value == null || hasLineBreak(value)) {
                throw new IllegalArgumentException("Invalid header " + name);
            }
        });
        category = category == null || category.isBlank() ? "general" : category;
        if (sender != null && (sender.isBlank() || sender.length() > 300 || hasLineBreak(sender))) {
            throw new IllegalArgumentException("Invalid sender");
        }
    }

    /**
     * A message from the organisation's default address.
     */
    public OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers,
            String category) {
        this(to, subject, text, html, headers, category, null);
    }

    /**
     * A plain-text message without extra headers.
     */
    public static OutgoingMail text(String to, String subject, String text, String category) {
        return new OutgoingMail(to, subject, text, null, Map.of(), category);
    }

    private static boolean hasLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
