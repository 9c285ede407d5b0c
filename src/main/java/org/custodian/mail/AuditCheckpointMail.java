package org.custodian.mail;

import java.util.Locale;

import org.custodian.audit.AuditCheckpointSigned;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails each checkpoint of the audit chain to the DPO through the outbox (SEC-3), so that a copy of the
 * chain's seal lives in a mailbox that whoever writes the database does not control.
 */
@Component
class AuditCheckpointMail {

    private final Mailer mailer;
    private final MessageSource messages;

    AuditCheckpointMail(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    @EventListener
    void on(AuditCheckpointSigned signed) {
        // The DPO's screens and this mail follow the product's default language.
        var locale = Locale.FRENCH;
        var checkpoint = signed.checkpoint();
        var sequence = Long.toString(checkpoint.sequence());
        var subject = messages.getMessage("mail.auditCheckpoint.subject", new Object[] {sequence}, locale);
        var text = messages.getMessage("mail.auditCheckpoint.text",
                new Object[] {sequence, checkpoint.sealedAt().toString(), signed.json()}, locale);
        mailer.send(OutgoingMail.text(signed.to(), subject, text, "audit-checkpoint"));
    }
}
