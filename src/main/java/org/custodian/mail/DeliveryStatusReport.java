package org.custodian.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

/**
 * A delivery status notification (RFC 3464: {@code multipart/report; report-type=delivery-status}) about a message
 * Custodian sent: which outbox row it concerns — read from the {@code Message-ID} of the original message the report
 * quotes ({@link MessageIds}) — and what became of it: its status code (RFC 3463) and the receiving server's words.
 * A status of class 5 is a permanent failure (a hard bounce: the address does not exist, the domain refuses mail);
 * class 4 is transient (a soft bounce: the server will try again) and {@code delayed} or {@code delivered} actions are
 * no failure at all.
 *
 * @param mailId     the outbox row the report concerns
 * @param action     the report's action for the first recipient ({@code failed}, {@code delayed} …), lower-case
 * @param status     the status code ({@code 5.1.1}), or null when the report gives none
 * @param diagnostic the remote server's words, or null
 */
record DeliveryStatusReport(UUID mailId, String action, String status, String diagnostic) {

    private static final int DIAGNOSTIC_LENGTH = 500;

    /** Whether the message will never arrive: a failure with a permanent status (5.x.x). */
    boolean permanent() {
        return "failed".equals(action) && (status == null || status.startsWith("5"));
    }

    /**
     * The report this message is, when it is a delivery status notification about a message Custodian wrote;
     * empty for anything else (an auto-reply, a report that quotes no Message-ID of ours).
     */
    static Optional<DeliveryStatusReport> of(MimeMessage message) throws MessagingException, IOException {
        if (!isReport(message)) {
            return Optional.empty();
        }
        var parts = (Multipart) message.getContent();
        InternetHeaders recipient = null;
        UUID mailId = null;
        for (var i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            var type = baseType(part);
            if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
                recipient = firstRecipient(read(part));
            } else if (type.equals("message/rfc822") || type.equals("text/rfc822-headers")
                    || type.equals("message/global") || type.equals("message/global-headers")) {
                mailId = originalId(part).orElse(mailId);
            }
        }
        if (recipient == null || mailId == null) {
            return Optional.empty();
        }
        var action = recipient.getHeader("Action", null);
        return Optional.of(new DeliveryStatusReport(mailId,
                action == null ? "failed" : action.strip().toLowerCase(Locale.ROOT),
                statusCode(recipient.getHeader("Status", null)), diagnostic(recipient.getHeader("Diagnostic-Code", null))));
    }

    private static boolean isReport(MimeMessage message) throws MessagingException {
        var type = new ContentType(message.getContentType());
        return type.match("multipart/report")
                && "delivery-status".equalsIgnoreCase(String.valueOf(type.getParameter("report-type")));
    }

    private static String baseType(BodyPart part) throws MessagingException {
        return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    }

    /**
     * The part's bytes as sent: its content may come back parsed (a message) or as a stream, depending on the
     * handlers the Jakarta Mail implementation registered.
     */
    private static byte[] read(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /**
     * The per-recipient fields of the first recipient (RFC 3464 §2.3): the report is a block of per-message fields,
     * then one block per recipient, separated by blank lines.
     */
    private static InternetHeaders firstRecipient(byte[] report) throws MessagingException {
        var in = new ByteArrayInputStream(report);
        new InternetHeaders(in);
        // Some servers leave more than one blank line between the blocks.
        while (in.available() > 0) {
            var block = new InternetHeaders(in);
            if (block.getHeader("Action") != null || block.getHeader("Status") != null) {
                return block;
            }
        }
        return null;
    }

    private static Optional<UUID> originalId(BodyPart part) throws MessagingException, IOException {
        var headers = new InternetHeaders(new ByteArrayInputStream(read(part)));
        return MessageIds.parse(headers.getHeader("Message-ID", null));
    }

    /** {@code 5.1.1 (user unknown)} → {@code 5.1.1}. */
    private static String statusCode(String field) {
        if (field == null) {
            return null;
        }
        var code = field.strip().split("[\\s(]", 2)[0];
        return code.matches("[245]\\.\\d{1,3}\\.\\d{1,3}") ? code : null;
    }

    /** {@code smtp; 550 5.1.1 <x@y>: user unknown} → the server's words after the type, unfolded and cut. */
    private static String diagnostic(String field) {
        if (field == null) {
            return null;
        }
        var text = field.replaceAll("\\s+", " ").strip();
        var semicolon = text.indexOf(';');
        if (semicolon >= 0) {
            text = text.substring(semicolon + 1).strip();
        }
        return text.length() <= DIAGNOSTIC_LENGTH ? text : text.substring(0, DIAGNOSTIC_LENGTH);
    }
}
