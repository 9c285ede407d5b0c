package org.custodian.notices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentState;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FormFixture;
import org.custodian.notices.PrivacyNotices;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 7 §5: anyone can type a known customer's address into a public form. Nothing they tick counts for that
 * customer until the customer confirms from the address on file; the confirmations are not duplicated, and the mails
 * to one address are limited per day without the visitor seeing any difference.
 */
@IntegrationTest
class KnownPersonFormIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    AuditLog audit;

    String slug;
    String email;
    UUID customer;

    @BeforeEach
    void knownCustomer() {
        slug = FormFixture.openForm(jdbc, notices, forms, List.of());
        email = "claire." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        customer = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Petit", "Claire",
                email, "06 11 22 33 44", null, "8 quai Est, 69002 Lyon", null, null, null, null, null)).id().value();
    }

    @Test
    @DisplayName("PRO-1 a visitor ticking SMS and partners with a known customer's address makes nothing active; one "
            + "mail to the stored address lists what was ticked and its link activates it all with the proof")
    void knownPersonConfirmsFromOwnAddress() throws Exception {
        mvc.perform(submit().param("lastName", "Petit").param("email", email.toUpperCase()).param("phone", "06 11 22 33 44")
                        .param("consent", "PROSPECTING:SMS").param("partners", "yes")
                        .param("opposition", "PROSPECTING:POST").header("User-Agent", "Mozilla/5.0 (visiteur)")
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.66");
                            return request;
                        }))
                .andExpect(redirectedUrl("/p/forms/" + slug + "/thanks?confirm=1"));

        assertThat(states()).containsExactlyInAnyOrder("PROSPECTING:SMS=PENDING_CONFIRMATION",
                ConsentLedger.PARTNER_TRANSMISSION + ":EMAIL=PENDING_CONFIRMATION", "PROSPECTING:POST=OBJECTED");
        assertThat(Mailbox.bodies(jdbc, email)).singleElement().asString().contains(FormFixture.SMS_TEXT)
                .contains(FormFixture.PARTNER_TEXT);

        mvc.perform(post("/p/consents/confirm/{token}", Mailbox.confirmationToken(jdbc, email))
                        .header("User-Agent", "Mozilla/5.0 (Claire)"))
                .andExpect(status().isOk());

        assertThat(states()).containsExactlyInAnyOrder("PROSPECTING:SMS=ACTIVE",
                ConsentLedger.PARTNER_TRANSMISSION + ":EMAIL=ACTIVE", "PROSPECTING:POST=OBJECTED");
        var proof = ledger.history(customer).stream().filter(record -> record.channel() == Channel.SMS).findFirst()
                .orElseThrow();
        assertThat(proof.formRef()).isEqualTo(slug);
        assertThat(proof.ip()).isEqualTo("203.0.113.66");
        assertThat(proof.confirmationUserAgent()).isEqualTo("Mozilla/5.0 (Claire)");
    }

    @Test
    @DisplayName("PRO-1 ten posts of a known address with the SMS box keep one pending request and queue one mail")
    void repeatedPostsQueueOneMail() throws Exception {
        for (var i = 0; i < 10; i++) {
            mvc.perform(submit().param("lastName", "Petit").param("email", email).param("phone", "06 11 22 33 44")
                    .param("consent", "PROSPECTING:SMS"))
                    .andExpect(redirectedUrl("/p/forms/" + slug + "/thanks?confirm=1"));
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_request WHERE person_id = ?").param(customer)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(Mailbox.bodies(jdbc, email)).hasSize(1);
    }

    @Test
    @DisplayName("PRO-1 beyond the day's confirmation mails to an address the visitor sees the same thank-you page, "
            + "and nothing is queued or recorded")
    void limitReachedLooksTheSame() throws Exception {
        for (var channel : List.of(Channel.EMAIL, Channel.PHONE, Channel.POST)) {
            ledger.requestConfirmation(List.of(new ConsentSubmission(customer, "PROSPECTING", channel,
                    "Offres de la boutique.", "offres", 1, 1, null, null, "/p/forms/tests", ProofKind.FORM, email,
                    Locale.FRENCH)));
        }

        mvc.perform(submit().param("lastName", "Petit").param("email", email).param("phone", "06 11 22 33 44")
                    .param("consent", "PROSPECTING:SMS"))
                .andExpect(redirectedUrl("/p/forms/" + slug + "/thanks?confirm=1"));

        assertThat(Mailbox.bodies(jdbc, email)).hasSize(3);
        assertThat(states()).noneMatch(state -> state.startsWith("PROSPECTING:SMS"));
    }

    @Test
    @DisplayName("PRO-1 an Origin header that is not a web origin does not become the consent's source")
    void forgedOriginIgnored() throws Exception {
        var visitor = "nina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(submit().param("lastName", "Roux").param("email", visitor).param("phone", "06 55 44 33 22")
                        .param("consent", "PROSPECTING:SMS").header("Origin", "<script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection());

        audit.flush();
        var person = persons.findByEmail(visitor, "test").orElseThrow().id().value();
        assertThat(ledger.history(person)).singleElement()
                .satisfies(record -> assertThat(record.source()).isEqualTo("/p/forms/" + slug));
    }

    private List<String> states() {
        return ledger.current(customer).stream()
                .map((ConsentState state) -> state.purpose() + ":" + state.channel() + "=" + state.status()).toList();
    }

    private MockHttpServletRequestBuilder submit() {
        return post("/p/forms/{slug}", slug).param("formVersion", "1");
    }
}
