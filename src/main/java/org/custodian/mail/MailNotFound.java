package org.custodian.mail;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/**
 * No message with this id in the outbox (never written, or purged after the retention period).
 */
class MailNotFound extends RecordNotFound {

    private MailNotFound(String message) {
        super(message);
    }

    public static MailNotFound forId(UUID id) {
        return new MailNotFound("No message " + id + " in the outbox");
    }
}
