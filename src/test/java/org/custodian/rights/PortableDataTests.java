package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PortableDataTests {

    @Test
    @DisplayName("DSR-4 what the person provided on consent or contract is portable: identity, purchases, consents, "
            + "forms, oppositions, sensitive data given with explicit consent")
    void providedDataIsPortable() {
        assertThat(PortableData.of("contacts", "person")).isPresent();
        assertThat(PortableData.of("contacts", "purchases")).isPresent();
        assertThat(PortableData.of("contacts", "contacts")).isPresent();
        assertThat(PortableData.of("contacts", "sensitive_data")).isPresent();
        assertThat(PortableData.of("consent", "consent_records")).isPresent();
        assertThat(PortableData.of("notices.submissions", "form_submissions")).isPresent();
        assertThat(PortableData.of("prospecting.suppression", "suppression_entries")).isPresent();
    }

    @Test
    @DisplayName("DSR-4 derived data, logs, messages sent and unknown kinds are not portable (GDPR Art. 20(1))")
    void derivedDataAndLogsAreNot() {
        assertThat(PortableData.of("contacts", "history")).isEmpty();
        assertThat(PortableData.of("audit", "access_log")).isEmpty();
        assertThat(PortableData.of("mail", "messages")).isEmpty();
        assertThat(PortableData.of("campaigns.messages", "campaign_messages")).isEmpty();
        assertThat(PortableData.of("prospecting.keys", "prospect_keys")).isEmpty();
        assertThat(PortableData.of("prospecting.links", "message_links")).isEmpty();
        assertThat(PortableData.of("consent", "pending_confirmations")).isEmpty();
        assertThat(PortableData.of("a-new-module", "anything")).isEmpty();
    }

    record Data(String lastName, String email, String notes, String accountingCode) {
    }

    record File(String internalCode, Data data, Instant createdAt) {
    }

    @Test
    @DisplayName("DSR-4 the person's record gives its identity and contact fields, not the staff's note or codes")
    void personRecordKeepsIdentityOnly() {
        var rule = PortableData.of("contacts", "person").orElseThrow();
        var file = new File("CUS-1", new Data("Dupont", "m@d.fr", "client difficile", "411DUP"), Instant.EPOCH);

        assertThat(PortabilityFields.tree(file, rule)).isEqualTo(Map.of("data",
                Map.of("lastName", "Dupont", "email", "m@d.fr")));
    }

    record Purchase(LocalDate date, String productFamily, String recordedBy, String ip) {
    }

    @Test
    @DisplayName("DSR-4 a portable record leaves out who on the staff recorded it and the browser's traces; CSV in ISO")
    void staffAndTracesLeftOut() {
        var rule = PortableData.of("contacts", "purchases").orElseThrow();

        assertThat(PortabilityFields.flat(new Purchase(LocalDate.of(2026, 3, 14), "JARDIN", "camille", "203.0.113.9"),
                rule)).containsExactly(Map.entry("date", "2026-03-14"), Map.entry("productFamily", "JARDIN"));
    }
}
