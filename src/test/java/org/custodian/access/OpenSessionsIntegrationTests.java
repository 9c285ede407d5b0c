package org.custodian.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What an administrator's or the user's own change does to the sessions already open (SEC-4). */
@IntegrationTest
class OpenSessionsIntegrationTests {

    private static final String NEW_PASSWORD = "Glacier-Vert-2031?";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAdministration administration;

    private final String address = TestAccounts.uniqueAddress();

    private MockHttpSession signedIn(TestAccounts.Account account) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").param("username", account.username()).param("password", account.password())
                .with(csrf()).with(TestAccounts.from(address)).session(session)).andExpect(redirectedUrl("/"));
        return session;
    }

    @Test
    @DisplayName("SEC-4 a role removed by an administrator is gone from the open session at its next request")
    void removedRoleIsGoneAtTheNextRequest() throws Exception {
        var account = accounts.withPassword(Role.DPO, Role.SALES);
        var session = signedIn(account);
        mvc.perform(get("/admin/access-review").session(session)).andExpect(status().isOk());

        administration.changeRoles(account.id(), Set.of(Role.SALES), "test");

        mvc.perform(get("/admin/access-review").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/persons").session(session)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("SEC-4 a role added by an administrator is usable in the open session at its next request")
    void addedRoleIsUsableAtTheNextRequest() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var session = signedIn(account);

        administration.changeRoles(account.id(), Set.of(Role.SALES, Role.DPO), "test");

        mvc.perform(get("/admin/access-review").session(session)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("SEC-4 changing one's password ends one's other sessions, not the one it was changed in")
    void passwordChangeEndsTheOtherSessions() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var here = signedIn(account);
        var elsewhere = signedIn(account);

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", account.password())
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    @DisplayName("SEC-4 an administrator's password reset ends the user's open sessions")
    void resetEndsOpenSessions() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var session = signedIn(account);

        administration.resetPassword(account.id(), "test");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    @DisplayName("SEC-4 a session opened before a disable stays ended when the account is enabled again")
    void disabledThenEnabledSessionStaysEnded() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var session = signedIn(account);

        administration.disable(account.id(), "test");
        administration.enable(account.id(), "test");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    @DisplayName("SEC-4 the login page explains why the session was ended")
    void loginPageExplainsTheEnd() throws Exception {
        mvc.perform(get("/login").param("ended", ""))
                .andExpect(content().string(Matchers.containsString("Votre session a été fermée")));
    }
}
