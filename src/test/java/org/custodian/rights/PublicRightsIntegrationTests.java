package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * DSR-1 — the public form {@code /p/rights}: a request counts as received once the requester confirms their address
 * with the button of the mailed link, never by opening the link; once; not by a signed-in staff browser.
 */
@IntegrationTest
class PublicRightsIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/p/rights/confirm/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PublicRightsIntake intake;

    private final String email = "droits." + UUID.randomUUID() + "@example.org";

    private MockHttpServletRequestBuilder form(String kind, String address) {
        return post("/p/rights").param("kind", kind).param("email", address).param("firstNames", "Inès")
                .param("lastName", "Roux").param("postcode", "75011").param("message", "Je veux une copie.");
    }

    private String token() {
        for (var body : Mailbox.bodies(jdbc, email)) {
            var link = LINK.matcher(body);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("No rights confirmation link was mailed to " + email);
    }

    private long requests() {
        return jdbc.sql("SELECT COUNT(*) FROM rights_request WHERE LOWER(email) = LOWER(?)").param(email)
                .query(Long.class).single();
    }

    private long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM rights_request_pending WHERE email = ?").param(email)
                .query(Long.class).single();
    }

    @Test
    @DisplayName("DSR-1 the form mails a confirmation link; opening it records nothing; the button records the request, received today with its legal month")
    void confirmedByTheButtonNotByTheLink() throws Exception {
        mvc.perform(get("/p/rights")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Exercer vos droits")));
        mvc.perform(form("ACCESS", email)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vérifiez votre messagerie")));
        assertThat(requests()).isZero();
        assertThat(waiting()).isEqualTo(1);
        var token = token();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_request_pending WHERE token_hash = ?").param(token)
                .query(Long.class).single()).as("only the token's hash is stored").isZero();

        mvc.perform(get("/p/rights/confirm/{token}", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Je confirme ma demande")));
        assertThat(requests()).isZero();

        var today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris")));
        var deadline = LegalMonth.deadline(today, 1);
        mvc.perform(post("/p/rights/confirm/{token}", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        assertThat(requests()).isEqualTo(1);
        assertThat(waiting()).isZero();
        assertThat(jdbc.sql("SELECT channel || ' ' || kind || ' ' || received_on FROM rights_request WHERE email = ?")
                .param(email).query(String.class).single()).isEqualTo("FORM ACCESS " + today);
        mvc.perform(post("/p/rights/confirm/{token}", token)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("plus valable")));
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    @DisplayName("DSR-1 eight concurrent clicks on the button record one request")
    void concurrentConfirmationsRecordOneRequest() throws Exception {
        mvc.perform(form("ERASURE", email)).andExpect(status().isOk());
        var token = token();
        var executor = Executors.newFixedThreadPool(8);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<Boolean>>();
            for (var i = 0; i < 8; i++) {
                results.add(executor.submit(() -> {
                    start.await();
                    return intake.confirm(token).isPresent();
                }));
            }
            start.countDown();
            var confirmed = 0;
            for (var result : results) {
                confirmed += result.get() ? 1 : 0;
            }
            assertThat(confirmed).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    @DisplayName("DSR-1 the form refuses, field by field, a request without address or right, a forged right, and a fourth request waiting for the same address")
    void refusesWhatItCannotAnswer() throws Exception {
        mvc.perform(post("/p/rights").param("kind", "HUMAN_REVIEW").param("email", "pas-une-adresse"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"kind-error\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")));
        mvc.perform(post("/p/rights").param("kind", "ACCESS"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(not(containsString("id=\"lastName-error\""))));
        for (var i = 0; i < PublicRightsIntake.MAX_WAITING_PER_ADDRESS; i++) {
            mvc.perform(form("ACCESS", email)).andExpect(status().isOk());
        }
        mvc.perform(form("ACCESS", email)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("attendent déjà leur confirmation")));
        assertThat(waiting()).isEqualTo(PublicRightsIntake.MAX_WAITING_PER_ADDRESS);
    }

    @Test
    @DisplayName("DSR-1 an unconfirmed request is deleted once its link expires, and the link then says so")
    void expiredRequestsAreDeleted() throws Exception {
        mvc.perform(form("OBJECTION", email)).andExpect(status().isOk());
        var token = token();
        clock.advance(Duration.ofDays(8));
        try {
            mvc.perform(get("/p/rights/confirm/{token}", token)).andExpect(status().isNotFound());
            // The sweep itself, not its lock: another test context's scheduler may hold that lock at this moment.
            AopTestUtils.<PublicRightsIntake>getUltimateTargetObject(intake).deleteExpired();
            assertThat(waiting()).isZero();
            assertThat(requests()).isZero();
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    @Test
    @DisplayName("DSR-1 SEC-2 a browser signed in to Custodian confirms nothing")
    void staffBrowserConfirmsNothing() throws Exception {
        mvc.perform(form("ACCESS", email)).andExpect(status().isOk());
        var token = token();
        mvc.perform(post("/p/rights/confirm/{token}", token).with(user("dpo").roles("DPO")))
                .andExpect(status().isForbidden());
        assertThat(requests()).isZero();
        assertThat(waiting()).isEqualTo(1);
    }
}
