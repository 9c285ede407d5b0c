package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Test
    @DisplayName("SEC-2 an administrator creates an account; its temporary password is shown once and must be changed")
    void createShowsTheTemporaryPasswordOnce() throws Exception {
        var username = TestAccounts.uniqueName("new");
        var admin = accounts.withPassword(Role.ADMIN);

        var created = mvc.perform(post("/admin/users").with(user(admin.username()).roles("ADMIN")).with(csrf())
                        .param("username", username)
                        .param("displayName", "Claire Fontaine")
                        .param("email", "claire@example.com")
                        .param("roles", "SALES", "SUPPORT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("secret"))
                .andReturn();
        var secret = (IssuedSecret) created.getFlashMap().get("secret");

        mvc.perform(get("/admin/users/" + secret.id()).with(user(admin.username()).roles("ADMIN"))
                        .flashAttrs(created.getFlashMap()))
                .andExpect(content().string(Matchers.containsString(secret.value())));
        mvc.perform(get("/admin/users/" + secret.id()).with(user(admin.username()).roles("ADMIN")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret.value()))));
        var user = administration.get(secret.id());
        assertThat(user.roles()).containsExactly(Role.SALES, Role.SUPPORT);
        assertThat(user.mustChangePassword()).isTrue();
        assertThat(user.createdBy()).isEqualTo(admin.username());
        assertThat(accounts.auditDetails("SECURITY_CHANGE"))
                .contains("user " + username + " created with roles SALES SUPPORT");
    }

    @Test
    @DisplayName("SEC-2 creating an account with a login already taken is refused on the form")
    void duplicateLoginIsRefused() throws Exception {
        var existing = accounts.withPassword(Role.SALES);

        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", existing.username())
                        .param("displayName", "Someone Else")
                        .param("email", "else@example.com")
                        .param("roles", "SALES"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cet identifiant est déjà utilisé")));
    }

    @Test
    @DisplayName("SEC-2 the form refuses an account without a role and says so next to the roles")
    void accountNeedsARole() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", TestAccounts.uniqueName("norole"))
                        .param("displayName", "No Role")
                        .param("email", "norole@example.com"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cochez au moins un rôle.")));
    }

    @Test
    @DisplayName("SEC-2 an administrator changes an account's roles; the change is audited")
    void changeRoles() throws Exception {
        var account = accounts.withPassword(Role.SALES);

        mvc.perform(post("/admin/users/" + account.id() + "/roles").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("roles", "MARKETING"))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));

        assertThat(administration.get(account.id()).roles()).containsExactly(Role.MARKETING);
        assertThat(accounts.auditDetails("SECURITY_CHANGE"))
                .contains("user " + account.username() + " roles SALES -> MARKETING");
    }

    @Test
    @DisplayName("SEC-2 an administrator disables and enables an account; both are audited")
    void disableAndEnable() throws Exception {
        var account = accounts.withPassword(Role.SALES);

        mvc.perform(post("/admin/users/" + account.id() + "/disable").with(user("admin").roles("ADMIN")).with(csrf()));
        assertThat(administration.get(account.id()).enabled()).isFalse();
        mvc.perform(post("/admin/users/" + account.id() + "/enable").with(user("admin").roles("ADMIN")).with(csrf()));

        assertThat(administration.get(account.id()).enabled()).isTrue();
        assertThat(accounts.auditDetails("SECURITY_CHANGE"))
                .contains("user " + account.username() + " disabled", "user " + account.username() + " enabled");
    }

    @Test
    @DisplayName("SEC-1 an administrator resets a password: a new temporary password, shown once, to be changed")
    void resetPassword() throws Exception {
        var account = accounts.withPassword(Role.SALES);

        var result = mvc.perform(post("/admin/users/" + account.id() + "/password-reset")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(flash().attributeExists("secret"))
                .andReturn();

        assertThat(((IssuedSecret) result.getFlashMap().get("secret")).value()).isNotBlank();
        assertThat(administration.get(account.id()).mustChangePassword()).isTrue();
        assertThat(accounts.auditDetails("SECURITY_CHANGE")).contains("user " + account.username() + " password reset");
    }

    @Test
    @DisplayName("SEC-2 an administrator cannot disable their own account")
    void cannotDisableOneself() throws Exception {
        var admin = accounts.withPassword(Role.ADMIN);

        mvc.perform(post("/admin/users/" + admin.id() + "/disable").with(user(admin.username()).roles("ADMIN"))
                        .with(csrf()))
                .andExpect(flash().attribute("refused", "users.refused.OWN_ACCOUNT_DISABLE"));

        assertThat(administration.get(admin.id()).enabled()).isTrue();
    }

    @Test
    @DisplayName("SEC-2 an administrator cannot remove their own ADMIN role")
    void cannotDropOwnAdminRole() throws Exception {
        var admin = accounts.withPassword(Role.ADMIN);

        mvc.perform(post("/admin/users/" + admin.id() + "/roles").with(user(admin.username()).roles("ADMIN"))
                        .with(csrf()).param("roles", "DPO"))
                .andExpect(flash().attribute("refused", "users.refused.OWN_ADMIN_ROLE"));

        assertThat(administration.get(admin.id()).roles()).isEqualTo(Set.of(Role.ADMIN));
    }

    @Test
    @DisplayName("SEC-2 the user list searches by login, name or e-mail")
    void listSearches() throws Exception {
        var account = accounts.withPassword(Role.ARCHIVIST);

        mvc.perform(get("/admin/users").param("q", account.username()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(account.username())))
                .andExpect(content().string(Matchers.containsString("1 résultat")));
    }

    @Test
    @DisplayName("SEC-2 only administrators open user administration")
    void onlyAdministrators() throws Exception {
        mvc.perform(get("/admin/users").with(user("dpo").roles("DPO"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SEC-4 user administration forms need the CSRF token")
    void formsNeedCsrf() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN"))
                        .param("username", TestAccounts.uniqueName("csrf"))
                        .param("displayName", "No Token")
                        .param("email", "csrf@example.com")
                        .param("roles", "SALES"))
                .andExpect(status().isForbidden());
    }
}
