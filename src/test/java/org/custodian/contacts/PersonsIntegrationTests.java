package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "camille", roles = "SUPPORT")
class PersonsIntegrationTests {

    @Autowired
    Persons persons;

    @Test
    @DisplayName("CON-9 a returning person is found by e-mail whatever its case, so no duplicate is created")
    void findsByEmailIgnoringCase() {
        var email = "lea." + UUID.randomUUID() + "@example.org";
        var created = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Martin", "Léa",
                email, null, null, null, null, null, null, null, null));

        assertThat(persons.findByEmail(email.toUpperCase(), "newsletter form")).map(PersonView::id)
                .contains(created.id());
        assertThat(persons.findByEmail("nobody-" + email, "newsletter form")).isEmpty();
    }

    @Test
    @DisplayName("CON-9 saving a person unchanged from a browser, whose text areas send CRLF line breaks, records no "
            + "change, and the address keeps plain line breaks")
    void unchangedSaveRecordsNoChange() {
        var data = new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Martin", "Léa",
                "lea." + UUID.randomUUID() + "@example.org", null, null, "3 rue Haute\n69001 Lyon", null, null, null,
                null, "Premier appel\nRappeler en mai");
        var created = persons.create(data);

        var saved = persons.update(created.id(), new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Martin",
                "Léa", data.email(), null, null, "3 rue Haute\r\n69001 Lyon", null, null, null, null,
                "Premier appel\r\nRappeler en mai"));

        assertThat(persons.history(created.id())).hasSize(1);
        assertThat(saved.data().address()).isEqualTo("3 rue Haute\n69001 Lyon");
    }
}
