package org.custodian.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivery status notifications (RFC 3464) as a receiving mail server writes them, Postfix-style: a human-readable
 * part, the machine-readable {@code message/delivery-status}, and the original message's headers.
 */
public final class DeliveryReports {

    private DeliveryReports() {
    }

    /**
     * A report about the message {@code messageId} sent to {@code recipient}.
     *
     * @param action {@code failed} or {@code delayed}
     * @param status the RFC 3463 code: {@code 5.1.1} for an unknown user, {@code 4.2.2} for a full mailbox
     */
    public static String report(String messageId, String recipient, String action, String status) {
        return """
                Return-Path: <>
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: bounces@maison-lumiere.example
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <20261203061500.4F2A1C0042@mx.example.org>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status;
                \tboundary="B0UNDARY/mx.example.org"

                This is a MIME-encapsulated message.

                --B0UNDARY/mx.example.org
                Content-Type: text/plain; charset=us-ascii

                I'm sorry to have to inform you that your message could not be delivered.

                --B0UNDARY/mx.example.org
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org
                Arrival-Date: Thu,  3 Dec 2026 06:15:00 +0000 (UTC)

                Final-Recipient: rfc822; %2$s
                Original-Recipient: rfc822;%2$s
                Action: %3$s
                Status: %4$s
                Remote-MTA: dns; mailbox.example.org
                Diagnostic-Code: smtp; 550 %4$s <%2$s>: Recipient address rejected:
                    User unknown in virtual mailbox table

                --B0UNDARY/mx.example.org
                Content-Type: text/rfc822-headers

                From: Maison Lumiere <offres@maison-lumiere.example>
                To: %2$s
                Subject: Nos pergolas
                Message-ID: %1$s
                MIME-Version: 1.0

                --B0UNDARY/mx.example.org--
                """.formatted(messageId, recipient, action, status).replace("\n", "\r\n");
    }

    /** The report as the message a mailbox holds. */
    public static MimeMessage message(String raw) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }
}
