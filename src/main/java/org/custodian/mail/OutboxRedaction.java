package org.custodian.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SEC-2, SEC-4: what the outbox shows its reader. The token of a link is the recipient's own key (a double opt-in
 * today, an unsubscribe or a rights request tomorrow): whoever holds it acts as the person, so no reader sees it. The
 * recipient and the body are personal data: only roles with access to the customer file (the DPO, among the outbox's
 * readers) see them; the administrator, who keeps mail running, sees when, what kind and in what state — and the
 * messages he wrote himself (the test message).
 */
final class OutboxRedaction {

    static final String MASK = "••••••";

    /** The roles that read the customer file; every other reader gets recipient and body masked. */
    static final Set<String> FILE_READERS = Set.of("ROLE_SALES", "ROLE_SUPPORT", "ROLE_MARKETING", "ROLE_ACCOUNTING",
            "ROLE_DPO");

    /**
     * A path segment or parameter value that is a token: 20 characters or more of the URL-safe alphabet with a capital
     * or an underscore (a form's slug has neither), or 32 and more of it whatever they are.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<=[/=])(?:(?=[a-z0-9-]*[A-Z_])[A-Za-z0-9_-]{20,}|[A-Za-z0-9_-]{32,})");

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private OutboxRedaction() {
    }

    /**
     * The message as this reader may see it: tokens always masked; recipient, body and headers left out (null)
     * unless the reader reads the customer file or wrote the message.
     *
     * @param fileReader whether the reader has a role that reads the customer file
     * @param reader     the reader's user name
     */
    static MailView redact(MailView mail, boolean fileReader, String reader) {
        var own = "test".equals(mail.category()) && mail.createdBy().equals(reader);
        if (!fileReader && !own) {
            return new MailView(mail.id(), mail.createdAt(), mail.createdBy(), mail.category(), null,
                    maskTokens(mail.subject()), null, null, Map.of(), mail.status(), mail.attempts(),
                    maskAddresses(mail.lastError()), mail.sentAt(), mail.sender());
        }
        var headers = new LinkedHashMap<String, String>();
        mail.headers().forEach((name, value) -> headers.put(name, maskTokens(value)));
        return new MailView(mail.id(), mail.createdAt(), mail.createdBy(), mail.category(), mail.to(),
                maskTokens(mail.subject()), maskTokens(mail.text()), maskTokens(mail.html()), headers, mail.status(),
                mail.attempts(), mail.lastError(), mail.sentAt(), mail.sender());
    }

    /**
     * A server's error or bounce report quotes the recipient ({@code 550 5.1.1 <lea@example.org>: user unknown}): a
     * reader who may not see the recipient does not read it there either.
     */
    static String maskAddresses(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll(MASK);
    }

    static String maskTokens(String text) {
        return text == null ? null : TOKEN.matcher(text).replaceAll(MASK);
    }
}
