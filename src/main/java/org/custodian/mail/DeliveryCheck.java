package org.custodian.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A last look at claimed messages right before they are handed to the SMTP server: a module that writes messages
 * which may become unwanted between writing and delivery (a campaign message whose recipient unsubscribed meanwhile,
 * PRO-3) implements it as a bean. A refused message is withdrawn, never sent. It is asked about a whole delivery
 * chunk at once, so that it can answer with a statement per chunk rather than per message (PRO-5 speed).
 */
public interface DeliveryCheck {

    /**
     * @param mails the claimed messages, as written
     * @return why each refused message must not leave, by message id; the others may leave
     */
    Map<UUID, String> refuseAll(List<MailView> mails);
}
