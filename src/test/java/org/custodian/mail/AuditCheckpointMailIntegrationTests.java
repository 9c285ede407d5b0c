package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.custodian.audit.AuditCheckpoint;
import org.custodian.audit.AuditCheckpointSigned;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class AuditCheckpointMailIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Mailer mailer;

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("SEC-3 a signed checkpoint of the audit chain goes to the DPO through the outbox, with its file's text")
    void checkpointIsMailedToTheDpo() {
        var checkpoint = new AuditCheckpoint(4242, 17, Instant.parse("2026-12-02T02:30:00Z"), "a".repeat(64),
                "b".repeat(64));

        events.publishEvent(new AuditCheckpointSigned("dpo-checkpoints@example.org", checkpoint,
                "{\"sequence\": 4242, \"signature\": \"" + "b".repeat(64) + "\"}"));

        var mails = mailer.outbox("dpo-checkpoints@example.org", null, new PageRequest(0, 5)).content();
        assertThat(mails).isNotEmpty();
        var mail = mailer.read(mails.get(0).id());
        assertThat(mail.subject()).contains("4242");
        assertThat(mail.text()).contains("b".repeat(64)).contains("/api/v1/audit/verify");
        assertThat(mail.category()).isEqualTo("audit-checkpoint");
    }
}
