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
import org.springframework.util.ClassUtils;

/**
 * SMTP delivery through Spring Mail: plain text with an optional HTML alternative, UTF-8, the
 * message's extra headers (e.g. RFC 8058 one-click unsubscribe), and a DKIM signature when one is configured.
 */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;
    private final DkimSigning dkim;

    SmtpTransport(JavaMailSender sender, String from, DkimSigning dkim) {
        nameStreamProvider();
        this.sender = sender;
        this.from = from;
        this.dkim = dkim;
    }

    SmtpTransport(JavaMailSender sender, String from) {
        this(sender, from, null);
    }

    /**
     * jakarta.mail 2.1 looks up its StreamProvider with a ServiceLoader scan of the whole class path each time it
     * creates or writes a body part (jakartaee/mail-api#699, #861): three or four scans per message, half of the
     * client's CPU when a campaign sends (PRO-5 speed). Naming the provider in the system property that the look-up
     * reads first turns each scan into a class look-up. An operator's own setting is kept.
     */
    private static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, SmtpTransport.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

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
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            for (var header : mail.headers().entrySet()) {
                message.addHeader(header.getKey(), header.getValue());
            }
            return dkim == null ? message : dkim.sign(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailSendException("Could not build the message", e);
        }
    }
}
