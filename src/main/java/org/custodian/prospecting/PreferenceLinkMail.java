package org.custodian.prospecting;

import java.util.Locale;

import org.custodian.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The message that brings a person the link to their preference centre, on their request (PRO-1).
 */
@Component
class PreferenceLinkMail {

    private final MessageSource messages;

    PreferenceLinkMail(MessageSource messages) {
        this.messages = messages;
    }

    OutgoingMail compose(String address, String link, Locale locale) {
        return OutgoingMail.text(address, messages.getMessage("prospecting.preferences.mail.subject", null, locale),
                messages.getMessage("prospecting.preferences.mail.body", new Object[] {link}, locale),
                "preference-centre");
    }
}
