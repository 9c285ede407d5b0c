package org.custodian.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * SMTP delivery through Spring Mail: plain text with an optional HTML alternative, UTF-8, and the
 * message's extra headers (e.g. RFC 8058 one-click unsubscribe).
 */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    SmtpTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void deliver(MailView mail) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            for (var header : mail.headers().entrySet()) {
                message.addHeader(header.getKey(), header.getValue());
            }
        } catch (MessagingException e) {
            throw new MailSendException("Could not build the message", e);
        }
        sender.send(message);
    }
}
