package org.custodian.mail;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code custodian.mail.bounces.*}: the mailbox where the receiving servers' delivery status notifications arrive (the
 * envelope sender of outgoing mail, {@code spring.mail.properties.mail.smtp.from}), read over IMAP or POP3 (PRO-5:
 * bounces in a campaign's results). Unset host: nothing is read. The pause between two readings,
 * {@code custodian.mail.bounces.poll-interval}, is read by the job's schedule ({@link BounceReader}).
 *
 * @param host         the IMAP or POP3 server; empty: bounces are not read
 * @param port         its port; 0 for the protocol's default
 * @param username     the mailbox's login
 * @param password     its password ({@code CUSTODIAN_MAIL_BOUNCES_PASSWORD}, never committed)
 * @param protocol     {@code imaps} (default), {@code imap}, {@code pop3s} or {@code pop3}
 * @param folder       the folder the reports arrive in (IMAP; POP3 has only INBOX)
 * @param maxMessages  messages read at most per reading, so that a flooded mailbox does not hold the job for long
 */
@ConfigurationProperties("custodian.mail.bounces")
record BounceMailboxProperties(
        String host,
        @DefaultValue("0") int port,
        String username,
        String password,
        @DefaultValue("imaps") String protocol,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("500") int maxMessages) {

    private static final Set<String> PROTOCOLS = Set.of("imap", "imaps", "pop3", "pop3s");

    BounceMailboxProperties {
        protocol = protocol == null ? "imaps" : protocol.strip().toLowerCase(Locale.ROOT);
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("custodian.mail.bounces.protocol must be one of " + PROTOCOLS);
        }
        if (maxMessages < 1) {
            throw new IllegalArgumentException("custodian.mail.bounces.max-messages must be at least 1");
        }
    }

    /** Whether a mailbox is configured. */
    boolean configured() {
        return host != null && !host.isBlank();
    }

    /** Whether the protocol keeps flags on the server (IMAP), so that what was read is not read again. */
    boolean imap() {
        return protocol.startsWith("imap");
    }
}
