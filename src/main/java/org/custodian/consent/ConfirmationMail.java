package org.custodian.consent;

import org.custodian.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The double opt-in message: it quotes the exact text the person ticked and says that without a
 * click nothing is recorded. The link leads to a page with a button, because mail scanners open
 * links on their own and must not confirm anything.
 */
@Component
class ConfirmationMail {

    private final MessageSource messages;
    private final String publicUrl;

    ConfirmationMail(MessageSource messages, @Value("${custodian.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    OutgoingMail compose(ConsentSubmission submission, String token) {
        var locale = submission.locale();
        var link = publicUrl + "/p/consents/confirm/" + token;
        var subject = messages.getMessage("consent.mail.subject", null, locale);
        var body = messages.getMessage("consent.mail.body", new Object[] {submission.text(), link}, locale);
        return OutgoingMail.text(submission.confirmationAddress(), subject, body, "consent-confirmation");
    }
}
