package org.custodian.mail;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;

import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP transport with one step added: {@link #beforeAcceptance} runs right before the final dot of a
 * message's DATA (or its last BDAT chunk), the moment from which the server holds it. {@link SmtpTransport} records the
 * message as sent there (PRO-5, resumable after {@code kill -9}): a process killed before that moment leaves a message
 * the server never completed (it discards a cut DATA) and that is offered again; killed after it, a message the outbox
 * already knows was sent. What is left is the time between that commit and the write of the dot, microseconds, in
 * which a killed node would count a message as sent that the server discards.
 */
final class AcceptanceHookTransport extends SMTPTransport {

    private Runnable beforeAcceptance = () -> { };

    AcceptanceHookTransport(Session session, URLName url) {
        super(session, url);
    }

    /** What to run before the message now being sent becomes the server's. */
    void beforeAcceptance(Runnable hook) {
        this.beforeAcceptance = hook;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        beforeAcceptance.run();
        super.finishData();
    }

    @Override
    protected void finishBdat() throws IOException, MessagingException {
        beforeAcceptance.run();
        super.finishBdat();
    }
}
