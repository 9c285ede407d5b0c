package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * DSR-3, SEC-3: the access-log entries about a person are exported, and kept by an erasure with their reason.
 */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class AuditDataHolderIntegrationTests {

    @Autowired
    AuditDataHolder holder;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditProperties properties;
    @Autowired
    MutableClock clock;

    private final PersonId person = new PersonId(UUID.randomUUID());

    @Test
    @DisplayName("DSR-3 the export holds who read or changed the person's file, when and why")
    void exportsTheEntriesAboutThePerson() {
        audit.personalData(AuditAction.READ, "person", person.toString(), "relance client");
        audit.personalData(AuditAction.READ, "person", UUID.randomUUID().toString(), "autre");

        assertThat(holder.export(person).records().get("access_log")).singleElement().satisfies(entry -> {
            assertThat(((AuditEntryView) entry).actor()).isEqualTo("nadia");
            assertThat(((AuditEntryView) entry).purpose()).isEqualTo("relance client");
        });
    }

    @Test
    @DisplayName("SEC-3 DSR-5 erasure keeps the entries, as the accountability of every access, until the log's "
            + "retention has passed, and deletes nothing")
    void keepsTheEntries() {
        audit.personalData(AuditAction.UPDATE, "person", person.toString(), null);

        var result = holder.erase(person, ErasureMode.ERASE);

        assertThat(result.erased()).isZero();
        assertThat(result.anonymised()).isZero();
        assertThat(result.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.what()).startsWith("1 access-log entries");
            assertThat(kept.legalReason()).contains("tamper-evident log");
            assertThat(kept.until()).isEqualTo(clock.instant().plus(properties.retention()));
        });
        assertThat(holder.export(person).records().get("access_log")).hasSize(1);
    }
}
