package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.consent.HowGiven;
import org.custodian.consent.StaffStatement;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.Restrictions;
import org.custodian.mail.Mailer;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.prospecting.CampaignEligibility;
import org.custodian.prospecting.CampaignTerms;
import org.custodian.prospecting.EligibilityRule;
import org.custodian.prospecting.SuppressionList;
import org.custodian.register.RecipientEntries;
import org.custodian.register.Recipients;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** DSR-5, DSR-6: carrying out a request through the facade, on the test database (H2, or PostgreSQL). */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class RequestExecutionIntegrationTests {

    @Autowired
    RightsRequests requests;
    @Autowired
    RequestExecution execution;
    @Autowired
    Persons persons;
    @Autowired
    Restrictions restrictions;
    @Autowired
    CampaignEligibility eligibility;
    @Autowired
    SuppressionList suppression;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    Recipients recipients;
    @Autowired
    Mailer mailer;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String lastName = "Quenouille" + tag;
    private final String email = "ysaline." + tag + "@example.org";
    /** A phone of this test alone: the file refuses a second person with the same phone as a duplicate. */
    private final String phone = "07 " + String.format("%08d", Math.floorMod(tag.hashCode(), 100_000_000));

    private PersonId person() {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, lastName, "Ysaline", email,
                phone, null, "3 rue des Lilas\n44000 Nantes", null, null, null, null, null)).id();
    }

    private RightsRequestView request(RightsKind kind, String requesterEmail) {
        return requests.create(new NewRightsRequest(kind, RequestChannel.LETTER, requests.today().minusDays(2),
                requesterEmail, "Ysaline", lastName, "44000", null, "Je conteste l’adresse que vous avez."));
    }

    private RightsRequestView matched(RightsKind kind, PersonId person) {
        var request = request(kind, email);
        return requests.match(request.id(), person);
    }

    @Test
    @DisplayName("DSR-5 a restriction request restricts every matched person with its ground, and a campaign then "
            + "excludes them for the restriction")
    void restrictionExcludesFromCampaigns() {
        var person = person();
        var request = matched(RightsKind.RESTRICTION, person);

        var actions = execution.execute(request.id(), new ExecutionOrder("ACCURACY_CONTESTED", null, null));

        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.personId()).isEqualTo(person);
            assertThat(action.done()).contains("ACCURACY_CONTESTED");
            assertThat(action.doneBy()).isEqualTo("nadia");
        });
        assertThat(restrictions.inForce(person)).hasValueSatisfying(restriction ->
                assertThat(restriction.reason()).isEqualTo("Je conteste l’adresse que vous avez."));
        var decision = eligibility.decide(new CampaignTerms(Channel.EMAIL, ConsentLedger.PROSPECTING, null, List.of()),
                new AudienceFilter(null, null, null, null, null, null, null, null), person);
        assertThat(decision.rule()).isEqualTo(EligibilityRule.RESTRICTION);
    }

    @Test
    @DisplayName("DSR-6 a carried-out restriction is mailed through the outbox to each processor with an address, "
            + "with the person's name and address and the request's reference, and listed as to be done by other "
            + "means for a partner without one")
    void forwardsToTheRecipients() {
        var processor = "Routeur " + tag;
        var partner = "Partenaire " + tag;
        recipients.saveProcessor(null, new RecipientEntries.Processor(processor, "Envoi des courriels",
                "Service DPO <dpo." + tag + "@routeur.example>", Set.of(), null, "Destruction sous 30 jours"));
        recipients.savePartner(null, new RecipientEntries.Partner(partner, "Jardinage", "Ses propres offres"));
        var person = person();
        var request = matched(RightsKind.RESTRICTION, person);

        execution.execute(request.id(), new ExecutionOrder("LEGAL_CLAIMS", "Litige en cours", null));

        var forwardings = execution.forwardings(request.id());
        assertThat(forwardings).filteredOn(f -> f.recipientName().equals(processor)).singleElement()
                .satisfies(f -> {
                    assertThat(f.address()).isEqualTo("dpo." + tag + "@routeur.example");
                    assertThat(f.mailStatus()).isNotNull();
                    var mail = mailer.read(f.mailId());
                    assertThat(mail.to()).isEqualTo("dpo." + tag + "@routeur.example");
                    assertThat(mail.text()).contains(lastName.toUpperCase(java.util.Locale.FRENCH), email,
                            request.id().toString(), "LEGAL_CLAIMS");
                });
        assertThat(forwardings).filteredOn(f -> f.recipientName().equals(partner)).singleElement()
                .satisfies(f -> assertThat(f.pending()).isTrue());
        var other = forwardings.stream().filter(f -> f.recipientName().equals(partner)).findFirst().orElseThrow();

        var done = execution.markForwarded(request.id(), other.id(), "Courrier recommandé envoyé");

        assertThat(done.pending()).isFalse();
        assertThat(done.doneNote()).isEqualTo("Courrier recommandé envoyé");
        assertThatThrownBy(() -> execution.markForwarded(request.id(), other.id(), "Encore"))
                .isInstanceOf(InvalidRightsRequest.class);
    }

    @Test
    @DisplayName("PRO-3 DSR-5 an objection puts the requester's own address on the suppression list for every "
            + "channel at once, even without a person of the file")
    void objectionWithoutMatch() {
        var address = "inconnue." + tag + "@example.org";
        var request = request(RightsKind.OBJECTION, address);

        var actions = execution.execute(request.id(), ExecutionOrder.none());

        assertThat(actions).singleElement().satisfies(action -> assertThat(action.personId()).isNull());
        for (var channel : Channel.values()) {
            assertThat(suppression.isSuppressed(address, null, channel)).as(channel.name()).isTrue();
        }
    }

    @Test
    @DisplayName("PRO-3 DSR-5 an objection puts each matched person's address and phone on the suppression list")
    void objectionOfMatchedPerson() {
        var person = person();
        var request = matched(RightsKind.OBJECTION, person);

        execution.execute(request.id(), ExecutionOrder.none());

        assertThat(suppression.isSuppressed(email, null, Channel.EMAIL)).isTrue();
        assertThat(suppression.isSuppressed(null, phone, Channel.SMS)).isTrue();
        assertThat(execution.actions(request.id())).hasSize(2);
    }

    @Test
    @DisplayName("DSR-5 a withdrawal request withdraws every consent in force of the matched person in the ledger")
    void withdrawalWithdrawsConsents() {
        var person = person();
        ledger.recordGivenToStaff(person.value(), ConsentLedger.PROSPECTING, Channel.POST, "Offres par courrier",
                new StaffStatement(HowGiven.IN_PERSON, "magasin de Nantes"));
        var request = matched(RightsKind.WITHDRAWAL, person);

        var actions = execution.execute(request.id(), ExecutionOrder.none());

        assertThat(actions).singleElement().satisfies(action -> assertThat(action.done()).contains("PROSPECTING/POST"));
        assertThat(ledger.current(person.value())).filteredOn(state -> state.channel() == Channel.POST)
                .extracting(state -> state.status()).containsOnly(ConsentStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("DSR-5 a rectification is recorded only with a note of what was corrected")
    void rectificationNeedsANote() {
        var person = person();
        var request = matched(RightsKind.RECTIFICATION, person);

        assertThatThrownBy(() -> execution.execute(request.id(), new ExecutionOrder(null, null, " ")))
                .isInstanceOfSatisfying(InvalidRightsRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("note:required"));
        var actions = execution.execute(request.id(), new ExecutionOrder(null, null, "adresse corrigée"));

        assertThat(actions).singleElement().satisfies(action -> assertThat(action.done()).contains("adresse corrigée"));
    }

    @Test
    @DisplayName("DSR-5 an access request is answered, not carried out; a request without a match is refused")
    void refusals() {
        var access = matched(RightsKind.ACCESS, person());
        var unmatched = request(RightsKind.ERASURE, "autre." + tag + "@example.org");

        assertThatThrownBy(() -> execution.execute(access.id(), ExecutionOrder.none()))
                .isInstanceOfSatisfying(ExecutionRefused.class,
                        refused -> assertThat(refused.violation().rule()).isEqualTo("answered-not-executed"));
        assertThatThrownBy(() -> execution.execute(unmatched.id(), ExecutionOrder.none()))
                .isInstanceOfSatisfying(ExecutionRefused.class,
                        refused -> assertThat(refused.violation().rule()).isEqualTo("no-match"));
        assertThat(execution.actions(unmatched.id())).isEmpty();
    }

    @Test
    @DisplayName("DSR-5 of eight concurrent executions of one request, exactly one is carried out; the others are "
            + "refused as already carried out")
    void concurrentExecutionsCarryOutOnce() throws Exception {
        var person = person();
        var request = matched(RightsKind.RESTRICTION, person);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        var outcomes = new ArrayList<Future<String>>();
        try {
            for (var i = 0; i < 8; i++) {
                outcomes.add(pool.submit((Callable<String>) () -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    start.await();
                    try {
                        execution.execute(request.id(), new ExecutionOrder("ACCURACY_CONTESTED", null, null));
                        return "done";
                    } catch (ExecutionRefused refused) {
                        return refused.violation().rule();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            var results = new ArrayList<String>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsOnlyOnce("done").filteredOn(r -> !r.equals("done"))
                    .containsOnly("already-executed");
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_request_action WHERE request_id = ?").param(request.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(restrictions.history(person)).hasSize(1);
    }
}
