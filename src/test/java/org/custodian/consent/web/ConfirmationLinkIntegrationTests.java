package org.custodian.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentState;
import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7 §5: a double opt-in is the person's own click. The public pages keep no session, but a browser signed in
 * to Custodian still sends its session cookie to them; a confirmation from such a browser is refused.
 */
@IntegrationTest
class ConfirmationLinkIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;

    UUID person;
    String token;

    @BeforeEach
    @WithMockUser(username = "camille", roles = "SUPPORT")
    void pendingConsent() {
        var address = "ines-" + UUID.randomUUID() + "@example.org";
        person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Moreau", "Inès",
                address, null, null, null, null, null, null, null, null)).id().value();
        ledger.requestEmailConsent(person, address, "PROSPECTING", "J'accepte les offres par e-mail.", Locale.FRENCH);
        token = Mailbox.confirmationToken(jdbc, address);
    }

    @Test
    @DisplayName("SEC-2 PRO-1 a confirmation posted from a browser signed in to Custodian is refused with a page "
            + "telling to sign out; the consent stays pending")
    void staffSessionCannotConfirm() throws Exception {
        var session = staffSession("admin", "ROLE_ADMIN");

        mvc.perform(post("/p/consents/confirm/{token}", token).session(session).with(anonymous()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("déconnectez-vous de Custodian")));
        mvc.perform(get("/p/consents/confirm/{token}", token).session(session).with(anonymous()))
                .andExpect(status().isForbidden());

        assertThat(ledger.current(person)).extracting(ConsentState::status)
                .containsExactly(ConsentStatus.PENDING_CONFIRMATION);
    }

    @Test
    @DisplayName("SEC-2 PRO-1 the same link confirms from a browser without a staff session")
    void personConfirms() throws Exception {
        mvc.perform(post("/p/consents/confirm/{token}", token).with(anonymous()))
                .andExpect(status().isOk());

        assertThat(ledger.current(person)).extracting(ConsentState::status).containsExactly(ConsentStatus.ACTIVE);
    }

    /** What the servlet container finds for the CUSTODIAN_SESSION cookie of a signed-in browser. */
    private static MockHttpSession staffSession(String user, String role) {
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                        AuthorityUtils.createAuthorityList(role))));
        return session;
    }
}
