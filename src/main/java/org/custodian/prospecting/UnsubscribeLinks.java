package org.custodian.prospecting;

import java.util.List;
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
    default Links issue(PersonId person, String email, UUID campaign) {
        return issueAll(List.of(new Recipient(person, email)), campaign).get(0);
    }

    /**
     * The links of one message to each of these recipients, sent by {@code campaign} (null for a message of no
     * campaign), written in one batched statement: a campaign's batch does not pay two round trips per person (PRO-5).
     *
     * @return the links, in the order of {@code recipients}
     */
    List<Links> issueAll(List<Recipient> recipients, UUID campaign);

    /** A person of the file and the address the message goes to. */
    record Recipient(PersonId person, String email) {
    }

    /**
     * @param unsubscribe the one-click unsubscribe address, absolute ({@code https://…/p/unsubscribe/…}): the
     *                    {@code List-Unsubscribe} header's value and the visible link
     * @param preferences the preference centre's address, absolute ({@code https://…/p/preferences/…})
     */
    record Links(String unsubscribe, String preferences) {
    }
}
