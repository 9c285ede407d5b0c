package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private Instant start;

    /** Each test signs in from its own client address, so that the per-address budget is never shared. */
    private final String address = TestAccounts.uniqueAddress();

    @BeforeEach
    void rememberClock() {
        start = clock.instant();
    }

    @AfterEach
    void restoreClock() {
        clock.set(start);
    }

    private MvcResult signIn(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(TestAccounts.from(address)).session(session)).andReturn();
    }

    private MvcResult signIn(String username, String password) throws Exception {
        return signIn(username, password, new MockHttpSession());
    }

    @Test
    @DisplayName("SEC-1 a successful sign-in opens the home page, is audited and sets the last sign-in date")
    void successIsAudited() throws Exception {
        var account = accounts.withPassword(Role.SALES);

        var result = signIn(account.username(), account.password());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.auditActions(account.username())).contains("LOGIN_SUCCESS");
        assertThat(administration.get(account.id()).lastLoginAt()).isNotNull();
    }

    @Test
    @DisplayName("SEC-1 a wrong password is refused with a generic message and audited")
    void failureIsAudited() throws Exception {
        var account = accounts.withPassword(Role.SALES);

        var result = signIn(account.username(), "Wrong-Password-1!");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(accounts.auditActions(account.username())).contains("LOGIN_FAILURE");
    }

    @Test
    @DisplayName("SEC-1 an unknown login gets the same answer as a wrong password")
    void unknownLoginRevealsNothing() throws Exception {
        var result = signIn(TestAccounts.uniqueName("nobody"), "Wrong-Password-1!");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    @DisplayName("SEC-1 the fifth failure locks the account, is audited and the login page says until when")
    void fiveFailuresLock() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var session = new MockHttpSession();
        MvcResult last = null;
        for (int i = 0; i < 5; i++) {
            last = signIn(account.username(), "Wrong-Password-1!", session);
        }

        assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(accounts.auditActions(account.username())).contains("ACCOUNT_LOCKED");
        mvc.perform(get("/login").param("locked", "").session(session))
                .andExpect(content().string(Matchers.containsString("Connexion verrouillée jusqu&#39;à")))
                .andExpect(content().string(Matchers.containsString("demandez à l&#39;administrateur")));
    }

    @Test
    @DisplayName("SEC-1 a locked account is refused even with the right password from the address that failed")
    void lockedAccountRefusesTheRightPassword() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        for (int i = 0; i < 5; i++) {
            signIn(account.username(), "Wrong-Password-1!");
        }

        var result = signIn(account.username(), account.password());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
    }

    @Test
    @DisplayName("SEC-1 the lock is temporary: after it ends the right password works")
    void lockEnds() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        for (int i = 0; i < 5; i++) {
            signIn(account.username(), "Wrong-Password-1!");
        }
        clock.advance(Duration.ofSeconds(61));

        var result = signIn(account.username(), account.password());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    @DisplayName("SEC-1 a second lock lasts twice as long as the first")
    void secondLockIsLonger() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        for (int i = 0; i < 5; i++) {
            signIn(account.username(), "Wrong-Password-1!");
        }
        clock.advance(Duration.ofSeconds(61));
        for (int i = 0; i < 5; i++) {
            signIn(account.username(), "Wrong-Password-1!");
        }

        assertThat(administration.get(account.id()).lockedUntil())
                .isCloseTo(clock.instant().plus(Duration.ofMinutes(2)), within(1, ChronoUnit.MILLIS));
    }

    @Test
    @DisplayName("SEC-1 a disabled account is told so only after the right password")
    void disabledAccount() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        administration.disable(account.id(), "test");

        assertThat(signIn(account.username(), account.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?disabled");
        assertThat(signIn(account.username(), "Wrong-Password-1!").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    @DisplayName("SEC-1 at first sign-in every page leads to the change-password page until the password is changed")
    void firstSignInForcesAPasswordChange() throws Exception {
        var account = accounts.withTemporaryPassword(Role.SALES);
        var session = new MockHttpSession();

        assertThat(signIn(account.username(), account.password(), session).getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/access-review").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", account.password())
                        .param("newPassword", "Glacier-Vert-2031?")
                        .param("confirmation", "Glacier-Vert-2031?"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(administration.get(account.id()).mustChangePassword()).isFalse();
    }

    @Test
    @DisplayName("SEC-1 the forced change refuses a password that breaks the policy and says what to change")
    void forcedChangeAppliesThePolicy() throws Exception {
        var account = accounts.withTemporaryPassword(Role.SALES);
        var session = new MockHttpSession();
        signIn(account.username(), account.password(), session);

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", account.password())
                        .param("newPassword", "azerty")
                        .param("confirmation", "azerty"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Trop court : utilisez au moins 12 caractères.")))
                .andExpect(content().string(Matchers.containsString("Ce mot de passe est trop courant")));
        assertThat(administration.get(account.id()).mustChangePassword()).isTrue();
    }

    @Test
    @DisplayName("SEC-1 after an administrator's reset the user must change the temporary password")
    void resetForcesAPasswordChange() throws Exception {
        var account = accounts.withPassword(Role.SUPPORT);
        var secret = administration.resetPassword(account.id(), "test");

        assertThat(signIn(account.username(), account.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(signIn(account.username(), secret.value()).getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
    }

    @Test
    @DisplayName("SEC-1 a user can change their password voluntarily")
    void voluntaryChange() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var session = new MockHttpSession();
        signIn(account.username(), account.password(), session);

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", account.password())
                        .param("newPassword", "Glacier-Vert-2031?")
                        .param("confirmation", "Glacier-Vert-2031?"))
                .andExpect(redirectedUrl("/account/password"));

        assertThat(signIn(account.username(), "Glacier-Vert-2031?").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    @DisplayName("SEC-1 sign-out is audited")
    void logoutIsAudited() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var session = new MockHttpSession();
        signIn(account.username(), account.password(), session);

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(accounts.auditActions(account.username())).endsWith("LOGOUT");
    }

    @Test
    @DisplayName("SEC-4 signing in gives a new session id (session fixation protection)")
    void sessionFixation() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var session = new MockHttpSession();
        var before = session.getId();

        var result = signIn(account.username(), account.password(), session);

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    @DisplayName("SEC-4 the sign-in form needs the CSRF token")
    void signInNeedsCsrf() throws Exception {
        var account = accounts.withPassword(Role.SALES);

        mvc.perform(post("/login").param("username", account.username()).param("password", account.password()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SEC-2 disabling an account ends its open sessions at their next request")
    void disablingEndsOpenSessions() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var session = new MockHttpSession();
        signIn(account.username(), account.password(), session);

        administration.disable(account.id(), "test");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    @DisplayName("SEC-1 the password page states the CNIL 2022-100 rules: 12 characters, 14 without specials, 7 words")
    void passwordPageStatesTheRules() throws Exception {
        mvc.perform(get("/account/password").with(user("someone")))
                .andExpect(content().string(Matchers.containsString("au moins 14 caractères mêlant majuscules")))
                .andExpect(content().string(Matchers.containsString("au moins 7 mots différents")))
                .andExpect(content().string(Matchers.containsString("délibération n° 2022-100")));
    }

    @Test
    @DisplayName("SEC-1 the password page states the same rules in English")
    void passwordPageStatesTheRulesInEnglish() throws Exception {
        mvc.perform(get("/account/password").with(user("someone")).param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("or at least 14 characters mixing upper case")))
                .andExpect(content().string(Matchers.containsString("a passphrase of at least 7 different words")));
    }

    @Test
    @DisplayName("SEC-1 a password hashed at the former cost (19 MiB × 2) still signs in, and is re-hashed at the current one")
    void formerHashIsUpgradedAtSignIn() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        jdbc.sql("UPDATE staff_user SET password_hash = ? WHERE id = ?")
                .params(new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(account.password()), account.id())
                .update();

        var result = signIn(account.username(), account.password());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.sql("SELECT password_hash FROM staff_user WHERE id = ?").param(account.id())
                .query(String.class).single()).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
    }
}
