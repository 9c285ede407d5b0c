package org.custodian.mail;

import java.util.Optional;

/**
 * A last look at a claimed message right before it is handed to the SMTP server: a module that writes messages which
 * may become unwanted between writing and delivery (a campaign message whose recipient unsubscribed meanwhile, PRO-3)
 * implements it as a bean. A refused message is withdrawn, never sent.
 */
public interface DeliveryCheck {

    /**
     * @param mail the claimed message, as written
     * @return why it must not leave, or empty when it may
     */
    Optional<String> refuse(MailView mail);
}
