package org.custodian.mail;

/**
 * Where a message stands. {@code HELD} means no SMTP server is configured: the message is kept in
 * the in-app outbox and was not sent — the screens say so plainly. {@code SENDING} is a claim taken by
 * one dispatcher so that no message goes out twice. {@code AWAITING_ADDRESS}: the message links to the public pages
 * while their address is not confirmed (issue 8 §2); it leaves, its links corrected, once an administrator confirms it.
 * {@code WITHDRAWN}: a check made right before delivery found that the message must not leave (its recipient
 * unsubscribed after it was written, PRO-3); it was not sent. {@code BOUNCED}: the SMTP server accepted it, then the
 * recipient's server reported that it can never be delivered (a hard bounce read from the bounce mailbox).
 */
public enum MailStatus {
    QUEUED, SENDING, SENT, HELD, FAILED, AWAITING_ADDRESS, WITHDRAWN, BOUNCED
}
