package org.custodian.mail;

import java.time.Clock;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reads the bounce mailbox (PRO-5: "results … bounced"): each delivery status notification about a message of the
 * outbox that failed for good (a hard bounce, status 5.x.x) marks that message {@link MailStatus#BOUNCED}, which a
 * campaign's results count; a transient failure (4.x.x, or a delay) changes nothing, since the receiving server keeps
 * trying. Either way the report is then deleted from the mailbox; anything that is not a report about one of our
 * messages stays there for a human.
 *
 * <p>A hard bounce is neither a contact from the person (it does not restart the 3-year clock of PRO-6) nor an
 * objection (it adds nothing to the suppression list): it says the address does not work, not what its owner wants.
 * Each message marked is recorded in the audit log, as the system. One node reads at a time (ShedLock).
 */
class BounceReader {

    private static final Logger LOG = LoggerFactory.getLogger(BounceReader.class);

    private final BounceMailbox mailbox;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    BounceReader(BounceMailbox mailbox, MailOutbox outbox, AuditLog audit, Clock clock) {
        this.mailbox = mailbox;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${custodian.mail.bounces.poll-interval:PT5M}",
            initialDelayString = "${custodian.mail.bounces.poll-interval:PT5M}")
    @SchedulerLock(name = "mail-bounces", lockAtMostFor = "PT15M")
    void poll() {
        if (!mailbox.configured()) {
            return;
        }
        try {
            var reading = mailbox.read(this::read);
            if (reading.read() > 0) {
                LOG.info("Bounce mailbox: {} message(s) read, {} delivery report(s) handled", reading.read(),
                        reading.handled());
            }
        } catch (MessagingException e) {
            LOG.warn("The bounce mailbox could not be read: {}", e.getMessage());
        }
    }

    /** One message of the mailbox: true when it was a delivery report about one of our messages. */
    boolean read(MimeMessage message) throws Exception {
        var report = DeliveryStatusReport.of(message);
        if (report.isEmpty()) {
            return false;
        }
        var bounce = report.get();
        if (bounce.permanent() && outbox.markBounced(bounce.mailId(), bounce.status(), bounce.diagnostic(),
                Instant.now(clock))) {
            audit.personalData(AuditAction.UPDATE, "mail", bounce.mailId().toString(), null,
                    "hard bounce " + (bounce.status() == null ? "" : bounce.status() + " ")
                            + "read from the bounce mailbox");
        }
        return true;
    }
}
