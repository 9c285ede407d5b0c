package org.custodian.rights;

import java.time.LocalDate;

/**
 * A request as it was received (DSR-1): the right, the channel, the date of receipt as stated (a letter's arrival,
 * not the day it was typed in), and the requester as they presented themselves; every field of the requester is
 * optional, but a name or an e-mail address is needed to find and answer them.
 */
public record NewRightsRequest(RightsKind kind, RequestChannel channel, LocalDate receivedOn, String email,
        String firstNames, String lastName, String postcode, String phone, String message) {

    /** The same request with blank values as absent and surrounding spaces removed. */
    NewRightsRequest normalised() {
        return new NewRightsRequest(kind, channel, receivedOn, clean(email), clean(firstNames), clean(lastName),
                clean(postcode), clean(phone), message == null || message.isBlank() ? null : message.strip());
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
