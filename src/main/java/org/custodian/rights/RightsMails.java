package org.custodian.rights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.custodian.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages to a requester (DSR-1, DSR-2), in French: the extension of the period with its reason and the new
 * date, written before the first month ends (the message in the outbox is the proof that the person was told), and
 * the request for a proof of identity with the reason for the doubt.
 */
@Component
class RightsMails {

    static final String EXTENSION = "rights-extension";
    static final String IDENTITY = "rights-identity";

    private static final Locale LOCALE = Locale.FRENCH;

    private final MessageSource messages;

    RightsMails(MessageSource messages) {
        this.messages = messages;
    }

    OutgoingMail extension(String to, RightsKind kind, LocalDate receivedOn, LocalDate until, String reason) {
        return OutgoingMail.text(to, message("rights.mail.extension.subject", date(receivedOn)),
                message("rights.mail.extension.body", date(receivedOn), kind(kind), date(until), reason), EXTENSION);
    }

    OutgoingMail identity(String to, RightsKind kind, LocalDate receivedOn, String reason) {
        return OutgoingMail.text(to, message("rights.mail.identity.subject", date(receivedOn)),
                message("rights.mail.identity.body", date(receivedOn), kind(kind), reason), IDENTITY);
    }

    private String kind(RightsKind kind) {
        return messages.getMessage("rights.kind.sentence." + kind, null, LOCALE);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LOCALE);
    }

    private static String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LOCALE));
    }
}
