package org.custodian.rights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.custodian.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages to a requester (DSR-1, DSR-2), in their language (French unless they chose English): the extension of the period with its reason and the new
 * date, written before the first month ends (the message in the outbox is the proof that the person was told), and
 * the request for a proof of identity with the reason for the doubt.
 */
@Component
class RightsMails {

    static final String EXTENSION = "rights-extension";
    static final String IDENTITY = "rights-identity";

    private final MessageSource messages;

    RightsMails(MessageSource messages) {
        this.messages = messages;
    }

    OutgoingMail extension(String to, Locale language, RightsKind kind, LocalDate receivedOn, LocalDate until,
            String reason) {
        return OutgoingMail.text(to, message(language, "rights.mail.extension.subject", date(receivedOn, language)),
                message(language, "rights.mail.extension.body", date(receivedOn, language), kind(kind, language),
                        date(until, language), reason), EXTENSION);
    }

    OutgoingMail identity(String to, Locale language, RightsKind kind, LocalDate receivedOn, String reason) {
        return OutgoingMail.text(to, message(language, "rights.mail.identity.subject", date(receivedOn, language)),
                message(language, "rights.mail.identity.body", date(receivedOn, language), kind(kind, language),
                        reason), IDENTITY);
    }

    private String kind(RightsKind kind, Locale language) {
        return messages.getMessage("rights.kind.sentence." + kind, null, language);
    }

    private String message(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    /** A date as the requester's language writes it in a letter: "30 novembre 2026", "30 November 2026". */
    static String date(LocalDate day, Locale language) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
    }
}
