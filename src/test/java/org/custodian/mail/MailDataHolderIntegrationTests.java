package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

/**
 * DSR-3, DSR-5: the outbox messages written to a person, filed under them or, before they were, by their address.
 */
@IntegrationTest
class MailDataHolderIntegrationTests {

    @Autowired
    MailDataHolder holder;
    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Persons persons;

    PersonId person;
    String email;
    UUID filed;
    UUID byAddress;
    UUID someoneElse;

    @BeforeEach
    void messages() {
        email = "outbox." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        person = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Boîte", "Léa", email,
                null, null, null, null, null, null, null, null)).id();
        filed = mailer.send(person, OutgoingMail.text("ancienne." + email, "Confirmez", "Lien", "consent"));
        // written before messages named their person: found by the address the person still has
        byAddress = UUID.randomUUID();
        outbox.insert(byAddress, null, OutgoingMail.text(email.toUpperCase(), "Bonjour", "Texte", "general"),
                MailStatus.HELD, Instant.now(), "test", null);
        someoneElse = mailer.send(OutgoingMail.text("dpo@example.org", "Rapport", "Texte", "audit"));
    }

    @Test
    @DisplayName("DSR-3 the export holds the messages filed under the person and those sent to their address")
    void exportsTheirMessages() {
        assertThat(holder.export(person).records().get("messages")).extracting(mail -> ((MailView) mail).id())
                .containsExactlyInAnyOrder(filed, byAddress);
    }

    @Test
    @DisplayName("DSR-5 erasure deletes the person's messages and no one else's; a second one changes nothing")
    void erasesTheirMessagesOnce() {
        var first = holder.erase(person, ErasureMode.ERASE);

        assertThat(first.erased()).isEqualTo(2);
        assertThat(outbox.find(filed)).isEmpty();
        assertThat(outbox.find(byAddress)).isEmpty();
        assertThat(outbox.find(someoneElse)).isPresent();
        assertThat(holder.erase(person, ErasureMode.ERASE).changedNothing()).isTrue();
    }
}
