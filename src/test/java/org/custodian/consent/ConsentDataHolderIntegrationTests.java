package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DSR-3, DSR-5: the consent module's part of an access request and of an erasure.
 */
@IntegrationTest
class ConsentDataHolderIntegrationTests {

    @Autowired
    ConsentDataHolder holder;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;

    PersonId person;
    String email;

    @BeforeEach
    void personWithConsents() {
        email = "ledger." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        person = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Ledger", "Léa", email,
                "06 11 22 33 44", null, null, null, null, null, null, null)).id();
        ledger.submit(submission(Channel.SMS, null));
        ledger.submit(submission(Channel.EMAIL, email));
        ledger.recordObjection(submission(Channel.POST, null));
        ledger.withdraw(person.value(), "PROSPECTING", Channel.SMS, "appel au service client", "203.0.113.7",
                "Mozilla/5.0 (withdrawal)");
    }

    @Test
    @DisplayName("DSR-3 the export holds every ledger record with its proof and the pending double opt-in")
    void exportsRecordsAndPendingConfirmations() {
        var export = holder.export(person);

        assertThat(export.section()).isEqualTo("consent");
        assertThat(export.records().get("consent_records")).hasSize(3)
                .extracting(record -> ((ConsentRecordView) record).event())
                .containsExactlyInAnyOrder(ConsentEvent.GIVEN, ConsentEvent.OBJECTED, ConsentEvent.WITHDRAWN);
        assertThat(export.records().get("pending_confirmations")).singleElement()
                .satisfies(pending -> {
                    var request = (ConsentDataHolder.PendingConsentRecord) pending;
                    assertThat(request.channel()).isEqualTo(Channel.EMAIL);
                    assertThat(request.text()).isEqualTo("J'accepte les offres.");
                    assertThat(request.ip()).isEqualTo("203.0.113.9");
                });
    }

    @Test
    @DisplayName("DSR-5 PRO-3 erasure deletes consents and pending requests, keeps objections and withdrawals without IP "
            + "address or user agent for five years, and a second erasure changes nothing")
    void erasesConsentsAndKeepsAnonymisedObjections() {
        var first = holder.erase(person, ErasureMode.ERASE);

        // the consent given, the pending request and the day's count of confirmation mails
        assertThat(first.erased()).isEqualTo(3);
        assertThat(first.anonymised()).isEqualTo(2);
        var latest = jdbc.sql("SELECT MAX(recorded_at) FROM consent_record WHERE person_id = ?").param(person.value())
                .query(OffsetDateTime.class).single();
        assertThat(first.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.what()).startsWith("2 objection or withdrawal record(s)");
            assertThat(kept.legalReason()).contains("limitation period");
            assertThat(kept.until()).isEqualTo(latest.withOffsetSameInstant(ZoneOffset.UTC).plusYears(5).toInstant());
        });
        assertThat(jdbc.sql("""
                        SELECT event || '|' || purpose || '|' || channel || '|' || source || '|'
                               || COALESCE(ip_address, '-') || '|' || COALESCE(user_agent, '-')
                        FROM consent_record WHERE person_id = ?""")
                .param(person.value()).query(String.class).list())
                .containsExactlyInAnyOrder("OBJECTED|PROSPECTING|POST|site web|-|-",
                        "WITHDRAWN|PROSPECTING|SMS|appel au service client|-|-");

        var second = holder.erase(person, ErasureMode.ERASE);

        assertThat(second.changedNothing()).isTrue();
        assertThat(second.kept()).isEqualTo(first.kept());
    }

    private ConsentSubmission submission(Channel channel, String address) {
        return new ConsentSubmission(person.value(), "PROSPECTING", channel, "J'accepte les offres.", "newsletter", 3,
                2, "203.0.113.9", "Mozilla/5.0 (form)", "site web", ProofKind.FORM, address, Locale.FRENCH);
    }
}
