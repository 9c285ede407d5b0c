package org.custodian.mail;

import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounce mailbox, read over IMAP or POP3 with Jakarta Mail: each message is offered to a reader, which says
 * whether it dealt with it — then it is deleted from the mailbox — or not — then it stays for a human to read (on IMAP
 * it is marked as seen and not offered again).
 */
class BounceMailbox {

    private static final Logger LOG = LoggerFactory.getLogger(BounceMailbox.class);
    private static final String TIMEOUT_MILLIS = "30000";

    /** What the reader made of one message. */
    interface Reader {
        /** @return true when the message was dealt with and may be deleted */
        boolean read(MimeMessage message) throws Exception;
    }

    /** @param read messages read, handled those deleted */
    record Reading(int read, int handled) {
    }

    private final BounceMailboxProperties properties;

    BounceMailbox(BounceMailboxProperties properties) {
        this.properties = properties;
    }

    boolean configured() {
        return properties.configured();
    }

    /**
     * Offers the mailbox's messages (at most {@code max-messages}; on IMAP those not seen yet) to the reader. A message
     * whose reading fails stays in the mailbox, unseen, to be read again next time.
     */
    Reading read(Reader reader) throws MessagingException {
        var protocol = properties.protocol();
        var session = Session.getInstance(sessionProperties(protocol));
        try (var store = session.getStore(protocol)) {
            store.connect(properties.host(), properties.port() == 0 ? -1 : properties.port(), properties.username(),
                    properties.password());
            var folder = store.getFolder(properties.imap() ? properties.folder() : "INBOX");
            folder.open(Folder.READ_WRITE);
            var read = 0;
            var handled = 0;
            try {
                for (var message : folder.getMessages()) {
                    if (read >= properties.maxMessages()) {
                        break;
                    }
                    if (properties.imap() && message.isSet(Flags.Flag.SEEN)) {
                        continue;
                    }
                    read++;
                    var mime = (MimeMessage) message;
                    boolean done;
                    try {
                        done = reader.read(mime);
                    } catch (Exception e) {
                        // Left unseen (reading its content may have set the flag): read again next time.
                        LOG.warn("A message of the bounce mailbox could not be read, kept for the next reading: {}",
                                e.getMessage());
                        if (properties.imap()) {
                            mime.setFlag(Flags.Flag.SEEN, false);
                        }
                        continue;
                    }
                    if (done) {
                        mime.setFlag(Flags.Flag.DELETED, true);
                        handled++;
                    } else if (properties.imap()) {
                        mime.setFlag(Flags.Flag.SEEN, true);
                    }
                }
            } finally {
                folder.close(true);
            }
            return new Reading(read, handled);
        }
    }

    private Properties sessionProperties(String protocol) {
        var session = new Properties();
        session.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        session.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        session.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        return session;
    }
}
