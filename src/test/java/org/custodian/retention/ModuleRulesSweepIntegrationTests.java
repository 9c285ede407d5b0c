package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestAnswers;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequests;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * RET-4, RET-5: the rules the modules apply to their own records run in the sweep — an answered rights request goes
 * five years after its answer unless a legal hold names it, and the proof of an erased person's objection goes after
 * the limitation period.
 */
@IntegrationTest
@WithMockUser(username = "dpo", roles = "DPO")
class ModuleRulesSweepIntegrationTests {

    @Autowired
    RetentionSweeps sweeps;
    @Autowired
    RightsRequests requests;
    @Autowired
    RequestAnswers answers;
    @Autowired
    LegalHolds holds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private SweepView sweep() {
        var asked = sweeps.request();
        await().atMost(Duration.ofSeconds(60)).until(() -> !sweeps.find(asked.id()).active());
        return sweeps.find(asked.id());
    }

    private UUID answeredLongAgo(String name) {
        var id = requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.EMAIL, requests.today(),
                name + "." + tag + "@example.com", "Léa", name + tag, null, null, "Ma demande " + tag)).id();
        answers.refuse(id, "Demande manifestement excessive : troisième demande identique ce mois-ci.");
        jdbc.sql("UPDATE rights_answer SET kept_until = ? WHERE request_id = ?")
                .params(Timestamp.from(clock.instant().minus(2, ChronoUnit.DAYS)), id).update();
        return id;
    }

    private boolean requestExists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM rights_request WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    @Test
    @DisplayName("RET-4 000 §7 a rights request answered more than five years ago is deleted with its answer; a request "
            + "under a legal hold stays")
    void deletesAnsweredRequestsAfterTheLimitationPeriod() {
        var old = answeredLongAgo("ancienne");
        var held = answeredLongAgo("gelee");
        holds.place(new NewLegalHold(null, held, "Contentieux sur la réponse " + tag, "dpo", null,
                requests.today().plusMonths(3)));

        var done = sweep();

        assertThat(requestExists(old)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_answer WHERE request_id = ?").param(old)
                .query(Long.class).single()).isZero();
        assertThat(requestExists(held)).isTrue();
        assertThat(done.counts()).anySatisfy(count -> {
            assertThat(count.rule()).isEqualTo("RIGHTS_REQUESTS/1");
            assertThat(count.count()).isPositive();
        });
    }

    @Test
    @DisplayName("RET-1 DSR-5 the anonymised proof of an erased person's objection is deleted after the limitation "
            + "period, and kept before it")
    void deletesObjectionProofsAfterTheLimitationPeriod() {
        var gone = UUID.randomUUID();
        var old = proof(gone, clock.instant().minus(5 * 366 + 2, ChronoUnit.DAYS));
        var recent = proof(gone, clock.instant().minus(4 * 365, ChronoUnit.DAYS));
        try {
            sweep();

            assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_record WHERE id = ?").param(old).query(Long.class)
                    .single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_record WHERE id = ?").param(recent).query(Long.class)
                    .single()).isOne();
        } finally {
            // The ledger of a person who is in no table would puzzle the other tests' set-based reads.
            jdbc.sql("DELETE FROM consent_record WHERE person_id = ?").param(gone).update();
        }
    }

    private UUID proof(UUID person, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                        + " source)"
                        + " VALUES (?, ?, 'PROSPECTING', 'EMAIL', 'OBJECTED', 'FORM', ?, 'public', 'form')")
                .params(id, person, Timestamp.from(at))
                .update();
        return id;
    }
}
