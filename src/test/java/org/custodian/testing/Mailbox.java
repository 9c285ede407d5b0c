package org.custodian.testing;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the person would find in their mailbox: the outbox rows as written, before any screen masks their links.
 * Staff never see a link's token (the outbox masks it); tests play the person, who does.
 */
public final class Mailbox {

    private static final Pattern CONFIRMATION = Pattern.compile("/p/consents/confirm/([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    /** The bodies of the messages written to this address, newest first. */
    public static List<String> bodies(JdbcClient jdbc, String address) {
        return jdbc.sql("SELECT text_body FROM mail_message WHERE LOWER(recipient) = LOWER(?) ORDER BY created_at DESC")
                .param(address).query(String.class).list();
    }

    /** The token of the latest confirmation link mailed to this address. */
    public static String confirmationToken(JdbcClient jdbc, String address) {
        for (var body : bodies(jdbc, address)) {
            var link = CONFIRMATION.matcher(body);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("No confirmation link was mailed to " + address);
    }
}
