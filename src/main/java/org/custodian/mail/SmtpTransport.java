package org.custodian.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * SMTP delivery through Spring Mail: plain text with an optional HTML alternative, UTF-8, the
 * message's extra headers (e.g. RFC 8058 one-click unsubscribe), a {@code Message-ID} naming the outbox row
 * ({@link MessageIds}), and a DKIM signature when one is configured.
 */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;
    private final DkimSigning dkim;

    SmtpTransport(JavaMailSender sender, String from, DkimSigning dkim) {
        this.sender = sender;
        this.from = from;
        this.dkim = dkim;
    }

    SmtpTransport(JavaMailSender sender, String from) {
        this(sender, from, null);
    }

    @Override
    public void deliver(MailView mail) {
        sender.send(message(mail));
    }

    /** One SMTP connection for all of them; the server's refusal of one message does not stop the others. */
    @Override
    public List<RuntimeException> deliverAll(List<MailView> mails) {
        var failures = new ArrayList<RuntimeException>(Collections.nCopies(mails.size(), null));
        var messages = new ArrayList<MimeMessage>();
        var built = new ArrayList<Integer>();
        for (var i = 0; i < mails.size(); i++) {
            try {
                messages.add(message(mails.get(i)));
                built.add(i);
            } catch (RuntimeException e) {
                failures.set(i, e);
            }
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            var failed = e.getFailedMessages();
            for (var j = 0; j < messages.size(); j++) {
                var cause = failed.get(messages.get(j));
                if (cause != null) {
                    failures.set(built.get(j), new MailSendException(cause.getMessage(), cause));
                } else if (failed.isEmpty()) {
                    failures.set(built.get(j), e);
                }
            }
        } catch (RuntimeException e) {
            built.forEach(i -> failures.set(i, e));
        }
        return failures;
    }

    MimeMessage message(MailView mail) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name());
            if (mail.sender() == null) {
                helper.setFrom(from);
            } else {
                var address = new InternetAddress(mail.sender());
                helper.setFrom(address.getAddress(), address.getPersonal());
            }
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            // Kept by Spring's sender, and signed with the rest: a bounce quotes it back (MessageIds).
            var messageId = MessageIds.of(mail.id(), mail.sender() == null ? from : mail.sender());
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            for (var header : mail.headers().entrySet()) {
                message.addHeader(header.getKey(), header.getValue());
            }
            message.setHeader("Message-ID", messageId);
            if (dkim == null) {
                return message;
            }
            // The signed copy is made by writing the message out, which gives it a fresh Message-ID: set ours again.
            var signed = dkim.sign(message);
            signed.setHeader("Message-ID", messageId);
            return signed;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailSendException("Could not build the message", e);
        }
    }
}
