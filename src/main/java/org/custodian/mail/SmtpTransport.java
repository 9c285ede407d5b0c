package org.custodian.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.ClassUtils;

/**
 * SMTP delivery through Spring Mail: plain text with an optional HTML alternative, UTF-8, the
 * message's extra headers (e.g. RFC 8058 one-click unsubscribe), a {@code Message-ID} naming the outbox row
 * ({@link MessageIds}), and a DKIM signature when one is configured.
 */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;
    private final DkimSigning dkim;
    private final Clock clock;

    SmtpTransport(JavaMailSender sender, String from, DkimSigning dkim, Clock clock) {
        nameStreamProvider();
        this.sender = sender;
        this.from = from;
        this.dkim = dkim;
        this.clock = clock;
    }

    SmtpTransport(JavaMailSender sender, String from, Clock clock) {
        this(sender, from, null, clock);
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

    /**
     * One SMTP connection for all of them; the server's refusal of one message does not stop the others. Each message
     * is reported to {@code accepting} right before the server takes it (the end of its DATA), so that the outbox
     * records it as sent before it can be delivered, not after the whole exchange (PRO-5: a node killed in the middle
     * of a chunk does not send the chunk's delivered messages again).
     */
    @Override
    public List<RuntimeException> deliverAll(List<MailView> mails, Consumer<MailView> accepting) {
        if (!(sender instanceof JavaMailSenderImpl smtp) || !"smtp".equals(protocol(smtp))) {
            return MailTransport.super.deliverAll(mails, accepting);
        }
        var failures = new ArrayList<RuntimeException>(Collections.nCopies(mails.size(), null));
        var transport = new AcceptanceHookTransport(smtp.getSession(), new URLName("smtp", smtp.getHost(),
                smtp.getPort(), null, smtp.getUsername(), smtp.getPassword()));
        try {
            transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        } catch (MessagingException e) {
            var failure = new MailSendException("Could not connect to the SMTP server", e);
            return new ArrayList<>(Collections.nCopies(mails.size(), failure));
        }
        try {
            for (var i = 0; i < mails.size(); i++) {
                var mail = mails.get(i);
                try {
                    var message = message(mail);
                    message.setSentDate(Date.from(clock.instant()));
                    // saveChanges() gives a fresh Message-ID, as Spring's own sender knows: ours names the outbox row
                    var messageId = message.getMessageID();
                    message.saveChanges();
                    message.setHeader("Message-ID", messageId);
                    transport.beforeAcceptance(() -> accepting.accept(mail));
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    failures.set(i, new MailSendException(e.getMessage(), e));
                } catch (RuntimeException e) {
                    failures.set(i, e);
                }
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // every message was answered already: a failed QUIT changes nothing
            }
        }
        return failures;
    }

    private static String protocol(JavaMailSenderImpl smtp) {
        return smtp.getProtocol() == null ? "smtp" : smtp.getProtocol();
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
