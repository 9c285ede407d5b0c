package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 9 §1: the soft opt-in evidence through the facade, the set-based read of current consents and soft opt-ins
 * ({@link ConsentFacts}, the views {@code consent_current} and {@code soft_opt_in_current}), and the evidence's part in
 * an access request and an erasure. Runs on H2 and, with {@code -Ppostgres}, on PostgreSQL.
 */
@IntegrationTest
@WithMockUser(username = "camille", roles = "SUPPORT")
class SoftOptInIntegrationTests {

    private static final String HOW = "case à cocher sur le bon de commande";
    private static final String TEXT = "J'accepte de recevoir les offres de Maison Lumière.";

    @Autowired
    ConsentLedger ledger;
    @Autowired
    ConsentFacts facts;
    @Autowired
    ConsentDataHolder holder;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("PRO-2 evidence of an address collected at a sale, with the opposition offered and not exercised, is "
            + "a valid soft opt-in, recorded with its proof and audited")
    void validSoftOptIn() {
        var person = person();

        var id = ledger.recordSoftOptIn(staff(person, Channel.EMAIL, "CMD-1", true, false));

        assertThat(ledger.softOptIns(person)).singleElement().satisfies(state -> {
            assertThat(state.evidenceId()).isEqualTo(id);
            assertThat(state.status()).isEqualTo(SoftOptInStatus.VALID);
            assertThat(state.saleReference()).isEqualTo("CMD-1");
            assertThat(state.collectedOn()).isEqualTo(today());
        });
        var record = ledger.evidence(person).softOptIns().get(0);
        assertThat(record.oppositionHow()).isEqualTo(HOW);
        assertThat(record.source()).isEqualTo("En personne (comptoir, magasin, salon) : magasin de Lyon");
        assertThat(record.recordedBy()).isEqualTo("camille");
        assertThat(ledger.current(person)).isEmpty();
        audit.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_id = ? AND resource_type = 'consent'"
                + " AND action = 'CREATE'").param(person.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("PRO-2 an opposition at collection is no soft opt-in and an objection to prospecting on the channel")
    void oppositionAtTheSaleIsAnObjection() {
        var person = person();

        ledger.recordSoftOptIn(staff(person, Channel.SMS, "CMD-2", true, true));

        assertThat(ledger.softOptIns(person)).extracting(SoftOptInState::status)
                .containsExactly(SoftOptInStatus.OPPOSED);
        assertThat(ledger.current(person)).singleElement().satisfies(state -> {
            assertThat(state.purpose()).isEqualTo("PROSPECTING");
            assertThat(state.channel()).isEqualTo(Channel.SMS);
            assertThat(state.status()).isEqualTo(ConsentStatus.OBJECTED);
        });
        var objection = ledger.history(person).get(0);
        assertThat(objection.text()).contains("CMD-2").contains(HOW);
        assertThat(objection.proof()).isEqualTo(ProofKind.STAFF);
    }

    @Test
    @DisplayName("PRO-2 without an offer to object there is no soft opt-in; a bad record is refused whole")
    void noOfferAndRefusals() {
        var person = person();

        ledger.recordSoftOptIn(staff(person, Channel.EMAIL, "CMD-3", false, false));

        assertThat(ledger.softOptIns(person)).extracting(SoftOptInState::status)
                .containsExactly(SoftOptInStatus.NO_OPPOSITION_OFFERED);
        assertThatThrownBy(() -> ledger.recordSoftOptIn(SoftOptInEvidence.byStaff(UUID.randomUUID(), Channel.EMAIL,
                "CMD-4", null, today(), true, HOW, false, new StaffStatement(HowGiven.LETTER, "bon"))))
                .isInstanceOfSatisfying(InvalidConsent.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.rule()).containsExactly("unknown-person"));
        assertThatThrownBy(() -> ledger.recordSoftOptIn(SoftOptInEvidence.byStaff(person, Channel.EMAIL, "CMD-5",
                null, today().plusDays(1), true, HOW, false, new StaffStatement(HowGiven.LETTER, "bon"))))
                .isInstanceOf(InvalidConsent.class);
        assertThat(ledger.softOptIns(person)).hasSize(1);
    }

    @Test
    @DisplayName("PRO-1 PRO-2 the set-based read gives each person's current state per purpose and channel, after a "
            + "confirmed double opt-in, a withdrawal and a re-consent, and the current soft opt-in, in one query")
    void setBasedRead() {
        var consenting = person();
        var withdrawing = person();
        var customer = person();
        var email = persons.get(new PersonId(consenting), "test").data().email();
        ledger.requestConfirmation(List.of(new ConsentSubmission(consenting, "PROSPECTING", Channel.EMAIL, TEXT,
                "newsletter", 3, 2, "203.0.113.9", "Mozilla/5.0", "https://boutique.example.com/newsletter",
                ProofKind.FORM, email, Locale.FRENCH)));
        ledger.confirm(Mailbox.confirmationToken(jdbc, email), "203.0.113.10", "Mozilla/5.0 (mail)");
        ledger.submit(sms(withdrawing));
        ledger.withdraw(withdrawing, "PROSPECTING", Channel.SMS, "appel au service client", null, null);
        ledger.submit(sms(customer));
        ledger.withdraw(customer, "PROSPECTING", Channel.SMS, "appel au service client", null, null);
        ledger.submit(sms(customer));
        var evidence = ledger.recordSoftOptIn(staff(customer, Channel.EMAIL, "CMD-6", true, false));
        ledger.recordSoftOptIn(staff(customer, Channel.SMS, "CMD-6", true, false));
        ledger.recordSoftOptIn(staff(customer, Channel.SMS, "CMD-7", true, true));

        var current = facts.forPersons(List.of(consenting, withdrawing, customer));

        assertThat(current).extracting(fact -> name(fact.personId(), consenting, withdrawing, customer) + ":"
                + fact.purpose() + ":" + fact.channel() + "=" + fact.status() + (fact.confirmed() ? "+confirmed" : ""))
                .containsExactlyInAnyOrder("consenting:PROSPECTING:EMAIL=ACTIVE+confirmed",
                        "withdrawing:PROSPECTING:SMS=WITHDRAWN", "customer:PROSPECTING:SMS=OBJECTED");
        var history = ledger.history(customer);
        assertThat(current).filteredOn(fact -> fact.personId().equals(customer)).singleElement()
                .satisfies(fact -> assertThat(fact.recordId()).isEqualTo(history.get(0).id()));
        assertThat(facts.softOptInsFor(List.of(consenting, customer)))
                .extracting(state -> state.channel() + "=" + state.status())
                .containsExactly("EMAIL=VALID", "SMS=OPPOSED");
        assertThat(facts.softOptInsFor(List.of(customer)).get(0).evidenceId()).isEqualTo(evidence);

        var all = new ArrayList<ConsentFact>();
        facts.forAll("PROSPECTING", fact -> {
            if (List.of(consenting, withdrawing, customer).contains(fact.personId())) {
                all.add(fact);
            }
        });
        assertThat(all).containsExactlyInAnyOrderElementsOf(current);
        var soft = new ArrayList<SoftOptInState>();
        facts.softOptInsForAll(state -> {
            if (state.personId().equals(customer)) {
                soft.add(state);
            }
        });
        assertThat(soft).extracting(SoftOptInState::status).containsExactly(SoftOptInStatus.VALID,
                SoftOptInStatus.OPPOSED);
    }

    @Test
    @DisplayName("PRO-1 after a re-consent the view shows the new consent, as the per-person derivation does")
    void reConsentIsCurrentAgain() {
        var person = person();
        ledger.submit(sms(person));
        ledger.withdraw(person, "PROSPECTING", Channel.SMS, "appel", null, null);
        ledger.submit(sms(person));

        assertThat(facts.forPersons(List.of(person))).singleElement().satisfies(fact -> {
            assertThat(fact.status()).isEqualTo(ConsentStatus.ACTIVE);
            assertThat(fact.event()).isEqualTo(ConsentEvent.GIVEN);
            assertThat(fact.recordId()).isEqualTo(ledger.history(person).get(0).id());
        });
        assertThat(ledger.current(person)).extracting(ConsentState::status).containsExactly(ConsentStatus.ACTIVE);
    }

    @Test
    @DisplayName("DSR-3 DSR-5 the evidence is in the person's export and is erased with their consents")
    void exportAndErasure() {
        var person = person();
        ledger.recordSoftOptIn(staff(person, Channel.EMAIL, "CMD-8", true, false));

        assertThat(holder.export(new PersonId(person)).records().get("soft_opt_in_evidence")).singleElement()
                .satisfies(record -> assertThat(((SoftOptInRecord) record).saleReference()).isEqualTo("CMD-8"));

        var erased = holder.erase(new PersonId(person), ErasureMode.ERASE);

        assertThat(erased.erased()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM soft_opt_in WHERE person_id = ?").param(person)
                .query(Long.class).single()).isZero();
        assertThat(facts.softOptInsFor(List.of(person))).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    private SoftOptInEvidence staff(UUID person, Channel channel, String sale, boolean offered, boolean opposed) {
        return SoftOptInEvidence.byStaff(person, channel, sale, null, today(), offered, offered ? HOW : null, opposed,
                new StaffStatement(HowGiven.IN_PERSON, "magasin de Lyon"));
    }

    private static ConsentSubmission sms(UUID person) {
        return new ConsentSubmission(person, "PROSPECTING", Channel.SMS, TEXT, "newsletter", 3, 2, "203.0.113.9",
                "Mozilla/5.0", "https://boutique.example.com/newsletter", ProofKind.FORM, null, Locale.FRENCH);
    }

    private static String name(UUID id, UUID consenting, UUID withdrawing, UUID customer) {
        return id.equals(consenting) ? "consenting" : id.equals(withdrawing) ? "withdrawing"
                : id.equals(customer) ? "customer" : "other";
    }

    private UUID person() {
        var email = "soft." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Vente", "Léa", email,
                "06 12 34 56 78", null, null, null, null, null, null, null)).id().value();
    }
}
