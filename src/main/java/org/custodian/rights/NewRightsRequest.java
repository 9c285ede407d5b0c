package org.custodian.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A request as it was received (DSR-1): the right, the channel, the date of receipt as stated (a letter's arrival,
 * not the day it was typed in), and the requester as they presented themselves; every field of the requester is
 * optional, but a name or an e-mail address is needed to find and answer them.
 *
 * @param language the requester's language, in which they are written to and answered (DSR-3, DSR-7): French or
 *                 English; French when not known (null)
 */
public record NewRightsRequest(RightsKind kind, RequestChannel channel, LocalDate receivedOn, String email,
        String firstNames, String lastName, String postcode, String phone, String message, Locale language) {

    /** The languages a requester may be written to in: those of the messages and documents. */
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    /** A request whose requester's language is not known: they are written to in French. */
    public NewRightsRequest(RightsKind kind, RequestChannel channel, LocalDate receivedOn, String email,
            String firstNames, String lastName, String postcode, String phone, String message) {
        this(kind, channel, receivedOn, email, firstNames, lastName, postcode, phone, message, null);
    }

    /** The same request with blank values as absent, surrounding spaces removed, and French when no language. */
    NewRightsRequest normalised() {
        return new NewRightsRequest(kind, channel, receivedOn, clean(email), clean(firstNames), clean(lastName),
                clean(postcode), clean(phone), message == null || message.isBlank() ? null : message.strip(),
                language == null || language.getLanguage().isEmpty() ? Locale.FRENCH
                        : Locale.forLanguageTag(language.getLanguage()));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
