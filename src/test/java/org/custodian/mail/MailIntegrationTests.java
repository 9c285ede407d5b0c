package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MailIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private final MailProperties properties = new MailProperties("no-reply@example.org", 3, Duration.ofMinutes(1),
            Duration.ofDays(90));

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("without an SMTP server a message is held in the outbox, never reported as sent")
    void holdsMailWithoutSmtp() {
        var to = "held-" + UUID.randomUUID() + "@example.org";
        var id = mailer.send(OutgoingMail.text(to, "Bonjour", "Texte", "test"));

        var held = mailer.read(id);
        assertThat(held.status()).isEqualTo(MailStatus.HELD);
        assertThat(held.createdBy()).isEqualTo("nadia");
        assertThat(mailer.outbox(to, null, PageRequest.of(0, 10)).content()).extracting(MailView::id).containsExactly(id);
    }

    @Test
    @DisplayName("a queued message is delivered once even when two dispatchers race for it")
    void deliversOnce() {
        var delivered = new ArrayList<UUID>();
        var dispatcher = new MailDispatcher(outbox, mail -> delivered.add(mail.id()), properties, clock, Runnable::run);
        var id = queue();

        dispatcher.dispatch(id);
        dispatcher.dispatch(id);

        assertThat(delivered).containsExactly(id);
        var sent = outbox.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    @DisplayName("a failed delivery is retried later with a doubling delay, then left FAILED after the last attempt")
    void retriesThenGivesUp() {
        List<UUID> attempts = new ArrayList<>();
        var dispatcher = new MailDispatcher(outbox, mail -> {
            attempts.add(mail.id());
            throw new IllegalStateException("421 try again later");
        }, properties, clock, Runnable::run);
        var id = queue();

        dispatcher.dispatch(id);
        assertThat(nextAttempt(id)).isCloseTo(Instant.now(clock).plus(Duration.ofMinutes(1)), within(1, ChronoUnit.MILLIS));
        dispatcher.dispatch(id);
        assertThat(nextAttempt(id)).isCloseTo(Instant.now(clock).plus(Duration.ofMinutes(2)), within(1, ChronoUnit.MILLIS));
        dispatcher.dispatch(id);

        var failed = outbox.find(id).orElseThrow();
        assertThat(attempts).hasSize(3);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.lastError()).contains("421");
        assertThat(nextAttempt(id)).isNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("SEC-3 the administrator reads the outbox and each message read is logged")
    void outboxScreenShowsHeldMessages() throws Exception {
        var to = "screen-" + UUID.randomUUID() + "@example.org";
        var id = mailer.send(OutgoingMail.text(to, "Objet visible", "Texte", "test"));

        // The administrator searches subjects only: recipients are personal data he may not look for.
        mvc.perform(get("/mail/outbox").param("q", "Objet visible"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Objet visible")))
                .andExpect(content().string(Matchers.containsString("Aucun serveur SMTP")));
        mvc.perform(get("/mail/outbox/{id}", id)).andExpect(status().isOk());

        auditLog.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_type = 'mail' AND resource_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("the administrator sends a test message to check the mail configuration")
    void sendsATestMessage() throws Exception {
        mvc.perform(post("/mail/outbox/test").with(csrf()).param("to", "marc@example.org"))
                .andExpect(redirectedUrlPattern("/mail/outbox/*"));
    }

    @Test
    @WithMockUser(roles = "SALES")
    @DisplayName("SEC-2 a sales user cannot read the outbox")
    void salesCannotReadTheOutbox() throws Exception {
        mvc.perform(get("/mail/outbox")).andExpect(status().isForbidden());
    }

    private UUID queue() {
        var id = UUID.randomUUID();
        outbox.insert(id, null, OutgoingMail.text("race-" + id + "@example.org", "Hello", "Body", "test"), MailStatus.QUEUED,
                Instant.now(clock), "system", null);
        return id;
    }

    private Instant nextAttempt(UUID id) {
        return jdbc.sql("SELECT next_attempt_at FROM mail_message WHERE id = ?").param(id)
                .query((rs, row) -> {
                    var value = rs.getObject(1, java.time.OffsetDateTime.class);
                    return value == null ? null : value.toInstant();
                }).list().get(0);
    }
}
