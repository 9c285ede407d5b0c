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
}
