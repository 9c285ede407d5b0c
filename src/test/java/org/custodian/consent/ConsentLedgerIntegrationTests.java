package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.custodian.testing.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "camille", roles = "SUPPORT")
class ConsentLedgerIntegrationTests {

    private static final String TEXT = "J'accepte de recevoir par e-mail les offres de Maison Lumière.";

    @Autowired
    ConsentLedger ledger;
    @Autowired
    UnconfirmedConsentPurge purge;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("PRO-1 an e-mail consent from a form is pending until the link of the confirmation mail is followed")
    void doubleOptIn() {
        var address = "lea-" + UUID.randomUUID() + "@example.org";
        var person = person(address);

        assertThat(ledger.submit(emailConsent(person, address))).isEqualTo(ConsentStatus.PENDING_CONFIRMATION);
        assertThat(ledger.current(person)).singleElement()
                .satisfies(state -> assertThat(state.usableForElectronicProspecting()).isFalse());
        assertThat(ledger.history(person)).isEmpty();

        var states = ledger.confirm(tokenMailedTo(address), "198.51.100.7", "Mozilla/5.0 (confirm)");

        assertThat(states).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE));
        assertThat(ledger.history(person)).singleElement().satisfies(proof -> {
            assertThat(proof.event()).isEqualTo(ConsentEvent.GIVEN);
            assertThat(proof.text()).isEqualTo(TEXT);
            assertThat(proof.textHash()).isEqualTo(ConsentTexts.hash(TEXT));
            assertThat(proof.formRef()).isEqualTo("newsletter");
            assertThat(proof.formVersion()).isEqualTo(3);
            assertThat(proof.noticeVersion()).isEqualTo(2);
            assertThat(proof.ip()).isEqualTo("203.0.113.9");
            assertThat(proof.userAgent()).isEqualTo("Mozilla/5.0 (form)");
            assertThat(proof.submittedAt()).isNotNull();
            assertThat(proof.confirmationIp()).isEqualTo("198.51.100.7");
            assertThat(proof.confirmedAt()).isNotNull();
        });
    }

    @Test
    @DisplayName("PRO-1 a confirmation link works once")
    void confirmationLinkIsSingleUse() {
        var address = "once-" + UUID.randomUUID() + "@example.org";
        var person = person(address);
        ledger.submit(emailConsent(person, address));
        var token = tokenMailedTo(address);

        ledger.confirm(token, "198.51.100.7", "agent");

        assertThatThrownBy(() -> ledger.confirm(token, "198.51.100.7", "agent"))
                .isInstanceOf(ConfirmationNotFound.class);
    }

    @Test
    @DisplayName("PRO-1 an unconfirmed e-mail consent is purged after the confirmation delay and its link stops working")
    void unconfirmedConsentIsPurged() {
        var address = "late-" + UUID.randomUUID() + "@example.org";
        var person = person(address);
        ledger.submit(emailConsent(person, address));
        var token = tokenMailedTo(address);
        var start = clock.instant();
        try {
            clock.advance(Duration.ofDays(8));
            purge.purge();
            assertThat(ledger.current(person)).isEmpty();
            assertThatThrownBy(() -> ledger.confirm(token, "198.51.100.7", "agent"))
                    .isInstanceOf(ConfirmationNotFound.class);
        } finally {
            clock.set(start);
        }
    }

    @Test
    @DisplayName("PRO-1 a withdrawal is a new record: the proof of the consent stays")
    void withdrawalAppends() {
        var person = person("sms-" + UUID.randomUUID() + "@example.org");
        ledger.submit(new ConsentSubmission(person, "PROSPECTING", Channel.SMS, "J'accepte les SMS.", "newsletter", 3,
                2, "203.0.113.9", "agent", "site web", ProofKind.FORM, null, Locale.FRENCH));

        ledger.withdraw(person, "PROSPECTING", Channel.SMS, "appel au service client", null, null);

        assertThat(ledger.current(person)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.WITHDRAWN));
        assertThat(ledger.history(person)).extracting(ConsentRecordView::event)
                .containsExactly(ConsentEvent.WITHDRAWN, ConsentEvent.GIVEN);
    }

    @Test
    @DisplayName("PRO-1 opening the confirmation link shows the text and confirms nothing; the button confirms")
    void linkScannersDoNotConfirm() throws Exception {
        var address = "scan-" + UUID.randomUUID() + "@example.org";
        var person = person(address);
        ledger.submit(emailConsent(person, address));
        var token = tokenMailedTo(address);

        mvc.perform(get("/p/consents/confirm/{token}", token).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Maison Lumière")));
        assertThat(ledger.current(person)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.PENDING_CONFIRMATION));

        mvc.perform(post("/p/consents/confirm/{token}", token).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Merci")));
        assertThat(ledger.current(person)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE));
    }

    @Test
    @DisplayName("PRO-1 an unknown confirmation link answers 404 with an explanation")
    void unknownLink() throws Exception {
        mvc.perform(get("/p/consents/confirm/{token}", "no-such-token").with(anonymous()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("plus valide")));
    }

    @Test
    @DisplayName("SEC-4 the public confirmation page sets no cookie and follows the visitor's language")
    void publicPagesSetNoCookie() throws Exception {
        mvc.perform(get("/p/consents/confirm/{token}", "no-such-token").with(anonymous())
                        .header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(Matchers.containsString("no longer valid")));
    }

    private static ConsentSubmission emailConsent(UUID person, String address) {
        return new ConsentSubmission(person, "PROSPECTING", Channel.EMAIL, TEXT, "newsletter", 3, 2, "203.0.113.9",
                "Mozilla/5.0 (form)", "site web — page newsletter", ProofKind.FORM, address, Locale.FRENCH);
    }

    private String tokenMailedTo(String address) {
        return Mailbox.confirmationToken(jdbc, address);
    }

    private UUID person(String address) {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Morel", "Léa", address,
                "06 12 34 56 78", null, null, null, null, null, null, null)).id().value();
    }
}
