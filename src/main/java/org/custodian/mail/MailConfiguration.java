package org.custodian.mail;

import java.time.Clock;

import org.custodian.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP is used when Spring Boot configured a mail sender ({@code spring.mail.host} set); otherwise
 * mail is held in the in-app outbox. The bounce mailbox is read when {@code custodian.mail.bounces.host} is set.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    BounceReader bounceReader(BounceMailboxProperties properties, MailOutbox outbox, AuditLog audit, Clock clock) {
        return new BounceReader(new BounceMailbox(properties), outbox, audit, clock);
    }

    @Bean
    MailDispatcher mailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, MailProperties properties,
            Clock clock, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ObjectProvider<DeliveryCheck> checks) {
        var smtp = sender.getIfAvailable();
        var transport = smtp == null ? null
                : new SmtpTransport(smtp, properties.from(), DkimSigning.of(properties.dkim()), clock);
        return new MailDispatcher(outbox, transport, properties, clock, executor,
                () -> checks.orderedStream().toList());
    }
}
