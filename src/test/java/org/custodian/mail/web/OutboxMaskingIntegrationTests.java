package org.custodian.mail.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.mail.Mailer;
import org.custodian.mail.OutgoingMail;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7 §5: the outbox shows nobody a link's token, and shows recipient and content only to roles with access to
 * the customer file.
 */
@IntegrationTest
class OutboxMaskingIntegrationTests {

    private static final String TOKEN = "q2Xv9LkPz0aB7cD3eF5gH1iJ4kL6mN8oP0rS2tU4vW6";

    @Autowired
    MockMvc mvc;
    @Autowired
    Mailer mailer;

    String address;
    UUID id;

    @BeforeEach
    void confirmationMail() {
        address = "lea-" + UUID.randomUUID() + "@example.org";
        id = mailer.send(OutgoingMail.text(address, "Confirmez votre consentement",
                "Bonjour Léa Morel,\nPour confirmer : https://custodian.example.com/p/consents/confirm/" + TOKEN,
                "consent-confirmation"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @DisplayName("SEC-2 the administrator, without access to the customer file, sees neither the recipient, nor the "
            + "content, nor the confirmation link of a message")
    void administratorSeesNoPersonalContent() throws Exception {
        mvc.perform(get("/mail/outbox/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(address)), not(containsString("Léa Morel")),
                        not(containsString(TOKEN)), containsString("Contenu masqué"))));
        mvc.perform(get("/mail/outbox"))
                .andExpect(content().string(allOf(not(containsString(address)), not(containsString(TOKEN)))));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @DisplayName("SEC-2 the administrator cannot learn whom Custodian wrote to by searching the outbox for an address")
    void administratorCannotSearchRecipients() throws Exception {
        mvc.perform(get("/mail/outbox").param("q", address))
                .andExpect(content().string(not(containsString(id.toString()))));
    }

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("SEC-4 the DPO reads recipient and content, with the link's token masked")
    void dpoReadsWithoutToken() throws Exception {
        mvc.perform(get("/mail/outbox/{id}", id))
                .andExpect(content().string(allOf(containsString(address), containsString("Léa Morel"),
                        containsString("/p/consents/confirm/••••••"), not(containsString(TOKEN)))));
        mvc.perform(get("/mail/outbox").param("q", address))
                .andExpect(content().string(containsString(id.toString())));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @DisplayName("SEC-2 the administrator reads the test message he sent himself")
    void administratorReadsOwnTestMessage() throws Exception {
        var own = mailer.send(OutgoingMail.text("admin-" + UUID.randomUUID() + "@example.org", "Essai", "Message d'essai",
                "test"));

        mvc.perform(get("/mail/outbox/{id}", own)).andExpect(content().string(containsString("Message d&#39;essai")));
    }
}
