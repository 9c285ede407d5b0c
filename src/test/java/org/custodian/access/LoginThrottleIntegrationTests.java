package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginThrottleIntegrationTests {

    private static final String WRONG = "Wrong-Password-1!";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    /** Where the sign-in lands: "/", "/login?error", "/login?locked" ... */
    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(TestAccounts.from(address))).andReturn().getResponse().getRedirectedUrl();
    }

    /** Sends {@code count} wrong passwords at once, from one address, and waits for every answer. */
    private List<String> parallelFailures(String username, int count, String address) throws Exception {
        var start = new CountDownLatch(1);
        var attempts = new ArrayList<Callable<String>>();
        for (int i = 0; i < count; i++) {
            attempts.add(() -> {
                start.await();
                return signIn(username, WRONG, address);
            });
        }
        var pool = Executors.newFixedThreadPool(count);
        try {
            var futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            var outcomes = new ArrayList<String>();
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
        finally {
            pool.shutdown();
        }
    }

    private long passwordChecks(String username) {
        return accounts.auditDetailsOf(username, "LOGIN_FAILURE").stream()
                .filter("wrong username or password"::equals).count();
    }

    @Test
    @DisplayName("SEC-1 twenty parallel wrong passwords get five password checks and lock the account")
    void parallelFailuresGetFiveChecks() throws Exception {
        var account = accounts.withPassword(Role.SALES);

        var outcomes = parallelFailures(account.username(), 20, TestAccounts.uniqueAddress());

        assertThat(passwordChecks(account.username())).isEqualTo(5);
        assertThat(outcomes).filteredOn("/login?locked"::equals).hasSize(16);
        assertThat(accounts.auditActions(account.username())).contains("ACCOUNT_LOCKED");
    }

    @Test
    @DisplayName("SEC-1 after twenty-nine parallel wrong passwords, the right one sent last is refused")
    void rightPasswordAfterParallelFailuresIsRefused() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var address = TestAccounts.uniqueAddress();
        parallelFailures(account.username(), 29, address);

        assertThat(signIn(account.username(), account.password(), address)).isEqualTo("/login?locked");
        assertThat(passwordChecks(account.username())).isEqualTo(5);
    }

    @Test
    @DisplayName("SEC-4 an attacker's failures do not lock the real user out: an address without failures signs in")
    void attackerCannotLockTheRealUserOut() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var attacker = TestAccounts.uniqueAddress();
        for (int i = 0; i < 10; i++) {
            signIn(account.username(), WRONG, attacker);
        }

        assertThat(signIn(account.username(), account.password(), attacker)).isEqualTo("/login?locked");
        assertThat(signIn(account.username(), account.password(), TestAccounts.uniqueAddress())).isEqualTo("/");
    }

    @Test
    @DisplayName("SEC-4 a distributed guess locks the account for every address that failed, not for a clean one")
    void distributedGuessLocksOnlyAddressesThatFailed() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var guessers = IntStream.range(0, 5).mapToObj(i -> TestAccounts.uniqueAddress()).toList();
        for (var guesser : guessers) {
            signIn(account.username(), WRONG, guesser);
        }

        assertThat(signIn(account.username(), account.password(), guessers.get(0))).isEqualTo("/login?locked");
        assertThat(signIn(account.username(), account.password(), TestAccounts.uniqueAddress())).isEqualTo("/");
    }

    @Test
    @DisplayName("SEC-4 an address that fails on many login names is refused on every name, the right password too")
    void addressSprayingManyNamesIsRefused() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var sprayer = TestAccounts.uniqueAddress();
        for (int i = 0; i < 20; i++) {
            signIn(TestAccounts.uniqueName("probe"), WRONG, sprayer);
        }

        assertThat(signIn(account.username(), account.password(), sprayer)).isEqualTo("/login?locked");
        assertThat(signIn(account.username(), account.password(), TestAccounts.uniqueAddress())).isEqualTo("/");
    }

    @Test
    @DisplayName("SEC-4 an unknown login name gets exactly the answers of an existing account, lock included")
    void unknownNamesAnswerLikeAccounts() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var unknown = TestAccounts.uniqueName("nobody");
        var forAccount = new ArrayList<String>();
        var forUnknown = new ArrayList<String>();
        var fromAccount = TestAccounts.uniqueAddress();
        var fromUnknown = TestAccounts.uniqueAddress();
        for (int i = 0; i < 7; i++) {
            forAccount.add(signIn(account.username(), WRONG, fromAccount));
            forUnknown.add(signIn(unknown, WRONG, fromUnknown));
        }

        assertThat(forUnknown).isEqualTo(forAccount);
        assertThat(forAccount).containsExactly("/login?error", "/login?error", "/login?error", "/login?error",
                "/login?locked", "/login?locked", "/login?locked");
    }

    @Test
    @DisplayName("SEC-1 an administrator's password reset lifts the lock")
    void resetLiftsTheLock() throws Exception {
        var account = accounts.withPassword(Role.SALES);
        var address = TestAccounts.uniqueAddress();
        for (int i = 0; i < 5; i++) {
            signIn(account.username(), WRONG, address);
        }

        var secret = administration.resetPassword(account.id(), "test");

        assertThat(signIn(account.username(), secret.value(), address)).isEqualTo("/account/password");
    }

    @Test
    @DisplayName("SEC-4 counters untouched for the throttle memory (24 hours) are purged")
    void forgottenCountersArePurged() throws Exception {
        signIn(TestAccounts.uniqueName("probe"), WRONG, TestAccounts.uniqueAddress());
        var start = clock.instant();
        try {
            clock.advance(Duration.ofHours(25));

            throttle.purgeForgotten();

            assertThat(jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE updated_at < ?")
                    .param(clock.instant().minus(Duration.ofHours(24)).atOffset(ZoneOffset.UTC))
                    .query(Long.class).single()).isZero();
        }
        finally {
            clock.set(start);
        }
    }
}
