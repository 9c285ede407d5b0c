package org.custodian.prospecting;

import java.time.Instant;
import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * One issued link, as the table keeps it: no token, no address.
 *
 * @param issueId   the issue the link belongs to, named in the proofs in place of the token
 * @param person    the person it was sent to; null once they are erased
 * @param emailHash the suppression list's keyed hash of the address it was sent to
 * @param campaign  the campaign of the message; null for a link of no campaign
 */
record MessageLink(UUID issueId, Scope scope, Origin origin, PersonId person, String emailHash, UUID campaign,
        Instant issuedAt) {

    /** What the link opens. */
    enum Scope {
        UNSUBSCRIBE, PREFERENCES
    }

    /** Why it was issued. */
    enum Origin {
        /** Carried by a message (a campaign's). */
        MESSAGE,
        /** Mailed on the person's request from {@code /p/preferences}. */
        REQUEST,
        /** Shown on the page that confirms a consent. */
        CONFIRMATION
    }
}
