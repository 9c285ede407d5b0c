package org.custodian.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands a message to the outside world. Throws when the message could not be delivered, so the
 * dispatcher can retry.
 */
interface MailTransport {

    void deliver(MailView mail);

    /**
     * Delivers several messages, as one exchange with the server when the transport can, telling {@code accepting}
     * about each message as the server takes it: right before, when the transport can (SMTP: before the end of the
     * message's DATA), else right after.
     *
     * @return for each message, in order, null when it was delivered or the failure that stopped it
     */
    default List<RuntimeException> deliverAll(List<MailView> mails, Consumer<MailView> accepting) {
        var failures = new ArrayList<RuntimeException>();
        for (var mail : mails) {
            try {
                deliver(mail);
                accepting.accept(mail);
                failures.add(null);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return failures;
    }
}
