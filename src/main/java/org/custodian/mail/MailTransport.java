package org.custodian.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands a message to the outside world. Throws when the message could not be delivered, so the
 * dispatcher can retry.
 */
interface MailTransport {

    void deliver(MailView mail);

    /**
     * Delivers several messages, as one exchange with the server when the transport can.
     *
     * @return for each message, in order, null when it was delivered or the failure that stopped it
     */
    default List<RuntimeException> deliverAll(List<MailView> mails) {
        var failures = new ArrayList<RuntimeException>();
        for (var mail : mails) {
            try {
                deliver(mail);
                failures.add(null);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return failures;
    }
}
