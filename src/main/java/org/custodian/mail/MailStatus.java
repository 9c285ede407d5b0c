package org.custodian.mail;

/**
 * Where a message stands. {@code HELD} means no SMTP server is configured: the message is kept in
 * the in-app outbox and was not sent — the screens say so plainly. {@code SENDING} is a claim taken by
 * one dispatcher so that no message goes out twice.
 */
public enum MailStatus {
    QUEUED, SENDING, SENT, HELD, FAILED
}
