package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DSR-3, DSR-5, PRO-3: the links of the messages sent to a person are in their access report, without token; their
 * erasure unties the links from the person and keeps the address's keyed hash, so that the links keep working.
 */
@IntegrationTest
class MessageLinkDataHolderIntegrationTests {

    @Autowired
    MessageLinkDataHolder holder;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;

    private PersonId person(String email) {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Lien", "Jade", email, null,
                null, null, null, null, null, null, null)).id();
    }

    @Test
    @DisplayName("DSR-3 the export lists each link with its campaign and date, never its token")
    void exportsTheLinksWithoutToken() {
        var email = "lien." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var person = person(email);
        var campaign = UUID.randomUUID();
        var issued = links.issue(person, email, campaign);

        var exported = holder.export(person).records().get("message_links");

        assertThat(exported).hasSize(2).allSatisfy(record -> {
            var link = (MessageLinkDataHolder.LinkExport) record;
            assertThat(link.campaignId()).isEqualTo(campaign);
            assertThat(link.toString()).doesNotContain(issued.unsubscribe().substring(issued.unsubscribe()
                    .lastIndexOf('/') + 1));
        });
    }

    @Test
    @DisplayName("DSR-5 PRO-3 erasure unties the links from the person, keeps the address's hash, and a second one "
            + "changes nothing")
    void erasureKeepsTheHashOnly() {
        var email = "lien." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var person = person(email);
        links.issue(person, email, null);
        var hashes = jdbc.sql("SELECT email_hash FROM message_link WHERE person_id = ?").param(person.value())
                .query(String.class).list();

        var result = holder.erase(person, ErasureMode.ERASE);

        assertThat(result.anonymised()).isEqualTo(2);
        assertThat(result.kept()).singleElement().satisfies(kept -> assertThat(kept.what()).contains("keyed hash"));
        assertThat(holder.export(person).isEmpty()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM message_link WHERE email_hash = ? AND person_id IS NULL")
                .param(hashes.get(0)).query(Long.class).single()).isEqualTo(2);
        assertThat(holder.erase(person, ErasureMode.ERASE).changedNothing()).isTrue();
    }
}
