package org.custodian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * CON-1 (issue 8) "a sign-in ≤ 500 ms": where the time of one form sign-in goes, through the real Spring context and
 * its database — the Argon2 check at each OWASP-equivalent cost, the throttle's counters (three rows locked, before and
 * after the check), the record of the success (last sign-in date, audit entry), the whole {@code POST /login}, the
 * home page it redirects to, and a sign-in whose stored hash has the former cost (checked, then re-hashed). The very
 * first sign-in of the context is reported apart: it is what a user meets after a restart. Not a unit test: run with
 * {@code ./mvnw -B -Pbench test -Dtest=SignInBenchmark} (see docs/benchmarks.md); the results are printed and written
 * to target/bench/sign-in.md.
 */
@IntegrationTest
@Tag("bench")
class SignInBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = Integer.getInteger("bench.sign-ins", 40);
    private static final String PASSWORD = TestAccounts.PASSWORD;

    /** The former cost, and the four costs the OWASP Password Storage Cheat Sheet gives as equivalent. */
    private static final int[][] COSTS = { { 19 * 1024, 2 }, { 12 * 1024, 3 }, { 9 * 1024, 4 }, { 7 * 1024, 5 } };

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private final StringBuilder report = new StringBuilder();

    @Test
    void whereTheTimeOfASignInGoes() throws Exception {
        var account = accounts.withPassword(Role.ADMIN);
        var address = TestAccounts.uniqueAddress();
        var first = time(() -> signInAndOpenHome(account, address));
        line("first sign-in after start (POST /login + GET /)", new double[] { first });

        for (var cost : COSTS) {
            var argon = new Argon2PasswordEncoder(16, 32, 1, cost[0], cost[1]);
            var hash = argon.encode(PASSWORD);
            line("Argon2id check, m=" + cost[0] / 1024 + " MiB t=" + cost[1] + " p=1",
                    measure(() -> assertThat(argon.matches(PASSWORD, hash)).isTrue()));
        }
        line("throttle: admit + password accepted (row locks)", measure(() -> {
            attempts.admit(address, account.username());
            attempts.passwordAccepted(address, account.username());
        }));
        line("success recorded (last sign-in, audit entry)", measure(() -> attempts.succeeded(account.username())));
        var session = new MockHttpSession();
        signIn(account, address, session);
        line("GET / (home page of a signed-in administrator)",
                measure(() -> mvc.perform(get("/").session(session)).andReturn()));
        line("POST /login (whole sign-in, without the page after it)",
                measure(() -> signIn(account, address, new MockHttpSession())));
        line("sign-in: POST /login + GET /", measure(() -> signInAndOpenHome(account, address)));

        var former = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        line("sign-in with a hash of the former cost (checked, then re-hashed), POST /login", measure(() -> {
            jdbc.sql("UPDATE staff_user SET password_hash = ? WHERE username = ?")
                    .params(former.encode(PASSWORD), account.username()).update();
            signIn(account, address, new MockHttpSession());
        }));
        assertThat(parameters(jdbc.sql("SELECT password_hash FROM staff_user WHERE username = ?")
                .param(account.username()).query(String.class).single()))
                .isEqualTo(parameters(encoder.encode(PASSWORD)));
        write();
    }

    /** {@code $argon2id$v=19$m=…,t=…,p=…}: what a hash says of its cost. */
    private static String parameters(String hash) {
        return hash.substring(0, hash.lastIndexOf('$', hash.lastIndexOf('$') - 1));
    }

    private void signInAndOpenHome(TestAccounts.Account account, String address) throws Exception {
        var session = new MockHttpSession();
        signIn(account, address, session);
        mvc.perform(get("/").session(session)).andReturn();
    }

    private void signIn(TestAccounts.Account account, String address, MockHttpSession session) throws Exception {
        var result = mvc.perform(post("/login").param("username", account.username()).param("password", PASSWORD)
                .with(csrf()).with(TestAccounts.from(address)).session(session)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    interface Step {
        void run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        var start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double[] measure(Step step) throws Exception {
        for (var i = 0; i < WARM_UP; i++) {
            step.run();
        }
        var millis = new double[RUNS];
        for (var i = 0; i < RUNS; i++) {
            millis[i] = time(step);
        }
        return millis;
    }

    private void line(String what, double[] millis) {
        var sorted = millis.clone();
        Arrays.sort(sorted);
        var mean = Arrays.stream(sorted).average().orElseThrow();
        var p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", what, mean, sorted[sorted.length / 2],
                p95));
    }

    private void write() throws IOException {
        var text = "| step | mean ms | median ms | p95 ms |\n|---|---:|---:|---:|\n" + report;
        System.out.println(text);
        var out = Path.of("target/bench/sign-in.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
