package org.custodian.prospecting;

import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * The links a prospecting message carries (PRO-1, PRO-3, RFC 8058): one-click unsubscribe and the preference centre.
 * Each holds an opaque token (no address, no person id in clear) that never expires and still works after the
 * person's erasure, when it records a suppression entry for the address it was issued to.
 */
public interface UnsubscribeLinks {

    /**
     * The links of one message to {@code email}, sent to {@code person} by {@code campaign} (null for a message of no
     * campaign).
     */
    Links issue(PersonId person, String email, UUID campaign);

    /**
     * @param unsubscribe the one-click unsubscribe address, absolute ({@code https://…/p/unsubscribe/…}): the
     *                    {@code List-Unsubscribe} header's value and the visible link
     * @param preferences the preference centre's address, absolute ({@code https://…/p/preferences/…})
     */
    record Links(String unsubscribe, String preferences) {
    }
}
