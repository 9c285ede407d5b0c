package org.custodian.mail;

/**
 * Hands a message to the outside world. Throws when the message could not be delivered, so the
 * dispatcher can retry.
 */
interface MailTransport {

    void deliver(MailView mail);
}
