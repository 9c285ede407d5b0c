package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
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

/**
 * DSR-3, DSR-5, PRO-3: the suppression list's part of an access request and of an erasure.
 */
@IntegrationTest
class SuppressionDataHolderIntegrationTests {

    @Autowired
    SuppressionDataHolder holder;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    Persons persons;

    PersonId person;
    String email;

    @BeforeEach
    void personWhoObjected() {
        email = "holder." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Holder", "Léa", email,
                null, null, null, null, null, null, null, null)).id();
        ledger.recordObjection(new ConsentSubmission(person.value(), SuppressionList.PROSPECTING, Channel.EMAIL,
                "Je refuse vos offres.", "newsletter", 1, 1, null, null, "site web", ProofKind.FORM, null,
                Locale.FRENCH));
    }

    @Test
    @DisplayName("DSR-5 the inventory declares the list's hashes as pseudonymous personal data")
    void inventoryDeclaresTheHashes() {
        assertThat(holder.inventory()).singleElement().satisfies(held -> {
            assertThat(held.table()).isEqualTo("suppression_entry");
            assertThat(held.dataCategories()).anySatisfy(category -> assertThat(category).contains("pseudonymous"));
        });
    }

    @Test
    @DisplayName("DSR-5 PRO-3 erasure puts the objection on the list, keeps it with its reason, and changes nothing twice")
    void erasureKeepsTheObjection() {
        var first = holder.erase(person, ErasureMode.ERASE);

        assertThat(first.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.what()).startsWith("1 suppression-list entry");
            assertThat(kept.legalReason()).contains("Art. 21(3)");
        });
        var entry = holder.export(person).records().get("suppression_entries");
        assertThat(entry).singleElement().satisfies(record -> {
            var view = (SuppressionEntryView) record;
            assertThat(view.source()).isEqualTo(SuppressionSource.ERASURE);
            assertThat(first.kept().get(0).until())
                    .isEqualTo(view.recordedAt().atOffset(ZoneOffset.UTC).plusYears(5).toInstant());
        });

        var second = holder.erase(person, ErasureMode.ERASE);

        assertThat(second.changedNothing()).isTrue();
        assertThat(second.kept()).isEqualTo(first.kept());
    }
}
