package org.custodian.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "camille", roles = "SUPPORT")
class ConsentPanelIntegrationTests {

    private static final String TEXT = "J'accepte les SMS de Maison Lumière.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("PRO-1 the panel shows each purpose × channel with its state: active, pending, withdrawn")
    void panelShowsStates() throws Exception {
        var person = person("states");
        var id = person.id().value();
        ledger.submit(submission(id, Channel.SMS, ProofKind.FORM, null));
        ledger.submit(submission(id, Channel.EMAIL, ProofKind.FORM, person.data().email()));
        ledger.submit(submission(id, Channel.POST, ProofKind.FORM, null));
        ledger.withdraw(id, "PROSPECTING", Channel.POST, "courrier du 3 mars", null, null);
        ledger.submit(submission(id, Channel.PHONE, ProofKind.IMPORT_WITHOUT_PROOF, null));

        mvc.perform(get("/consents/persons/{id}", id).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("id=\"consent-panel\""),
                        Matchers.containsString("Actif"),
                        Matchers.containsString("En attente de confirmation"),
                        Matchers.containsString("Retiré"),
                        Matchers.containsString("Sans preuve"),
                        Matchers.containsString("les SMS de Maison Lumière."),
                        Matchers.containsString("203.0.113.9"),
                        Matchers.containsString("courrier du 3 mars"))));
    }

    @Test
    @DisplayName("PRO-1 the person page loads the consent panel")
    void personPageLoadsPanel() throws Exception {
        var person = person("page");

        mvc.perform(get("/persons/{id}", person.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "hx-get=\"/consents/persons/" + person.id() + "?auditView=")));
    }

    @Test
    @DisplayName("PRO-1 marketing reads the panel without the actions of customer service")
    @WithMockUser(username = "hugo", roles = "MARKETING")
    void marketingReadsWithoutActions() throws Exception {
        var person = person("marketing");

        mvc.perform(get("/consents/persons/{id}", person.id()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"consent-panel\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("email-request"))));
    }

    @Test
    @DisplayName("PRO-1 staff asking for e-mail consent sends the double opt-in mail to the person and stays pending")
    void staffEmailRequestSendsMailAndStaysPending() throws Exception {
        var person = person("mail");
        var id = person.id().value();

        mvc.perform(post("/consents/persons/{id}/email-request", id).with(csrf()).header("HX-Request", "true")
                        .param("purpose", "PROSPECTING").param("text", "J'accepte la newsletter par e-mail."))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(person.data().email())))
                // no SMTP server in the tests: the screen says the mail waits in the outbox, not that it was sent
                .andExpect(content().string(Matchers.containsString("conservé dans la boîte d&#39;envoi")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("envoyé à"))));

        assertThat(ledger.current(id)).singleElement().satisfies(state -> {
            assertThat(state.channel()).isEqualTo(Channel.EMAIL);
            assertThat(state.status()).isEqualTo(ConsentStatus.PENDING_CONFIRMATION);
            assertThat(state.proof()).isEqualTo(ProofKind.STAFF);
        });
        assertThat(Mailbox.bodies(jdbc, person.data().email())).singleElement().asString()
                .contains("/p/consents/confirm/").contains("J'accepte la newsletter par e-mail.");
    }

    @Test
    @DisplayName("PRO-1 a consent given on the phone is refused without saying how it was given; nothing is recorded")
    void staffConsentWithoutHowRefused() throws Exception {
        var person = person("nohow");
        var id = person.id().value();

        mvc.perform(post("/consents/persons/{id}/given", id).with(csrf()).header("HX-Request", "true")
                        .param("purpose", "PROSPECTING").param("channel", "SMS").param("text", TEXT)
                        .param("how", "").param("details", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("id=\"given-how-error\""),
                        Matchers.containsString("id=\"given-details-error\""),
                        Matchers.containsString("on ne coche pas à sa place"))));

        assertThat(ledger.current(id)).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 the panel refuses a postal consent to the unpaid-debt exclusion and does not offer that purpose")
    void staffConsentToUnpaidExclusionRefused() throws Exception {
        var person = person("unpaid");
        var id = person.id().value();

        mvc.perform(post("/consents/persons/{id}/given", id).with(csrf()).header("HX-Request", "true")
                        .param("purpose", "UNPAID_EXCLUSION").param("channel", "POST").param("text", TEXT)
                        .param("how", "LETTER").param("details", "lettre du 3 mars"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"given-purpose-error\""),
                        Matchers.not(Matchers.containsString("<option value=\"UNPAID_EXCLUSION\" selected")))));

        assertThat(ledger.current(id)).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 a consent given on the phone is recorded with how it was given")
    void staffConsentWithHowRecorded() throws Exception {
        var person = person("how");
        var id = person.id().value();

        mvc.perform(post("/consents/persons/{id}/given", id).with(csrf())
                        .param("purpose", "PROSPECTING").param("channel", "PHONE").param("text", TEXT)
                        .param("how", "PHONE_CALL").param("details", "appel entrant du 12/11, 10 h 05"))
                .andExpect(redirectedUrl("/persons/" + id));

        assertThat(ledger.current(id)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE));
        assertThat(ledger.history(id)).singleElement().satisfies(record -> {
            assertThat(record.proof()).isEqualTo(ProofKind.STAFF);
            assertThat(record.source()).isEqualTo("Appel téléphonique : appel entrant du 12/11, 10 h 05");
            assertThat(record.recordedBy()).isEqualTo("camille");
        });
    }

    @Test
    @DisplayName("PRO-1 staff cannot record an e-mail consent as given: the person must confirm it")
    void staffCannotTickEmailConsent() throws Exception {
        var person = person("tick");
        var id = person.id().value();

        mvc.perform(post("/consents/persons/{id}/given", id).with(csrf()).header("HX-Request", "true")
                        .param("purpose", "PROSPECTING").param("channel", "EMAIL").param("text", TEXT)
                        .param("how", "PHONE_CALL").param("details", "appel du 12/11"))
                .andExpect(content().string(Matchers.containsString("id=\"given-channel-error\"")));

        assertThat(ledger.current(id)).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 staff record a withdrawal; it is a new record and is audited")
    void staffWithdrawal() throws Exception {
        var person = person("withdraw");
        var id = person.id().value();
        ledger.submit(submission(id, Channel.SMS, ProofKind.FORM, null));

        mvc.perform(post("/consents/persons/{id}/withdrawal", id).with(csrf()).header("HX-Request", "true")
                        .param("purpose", "PROSPECTING").param("channel", "SMS").param("source", "appel du 14/11"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Retrait enregistré")));

        assertThat(ledger.current(id)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.WITHDRAWN));
        assertThat(ledger.history(id)).hasSize(2);
        audit.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_id = ? AND action = 'UPDATE'")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("PRO-1 the proofs JSON export holds the text, IP and versions, and is audited as an export")
    void proofsJson() throws Exception {
        var person = person("json");
        var id = person.id().value();
        ledger.submit(submission(id, Channel.SMS, ProofKind.FORM, null));

        mvc.perform(get("/consents/persons/{id}/proofs.json", id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andExpect(jsonPath("$.personId").value(id.toString()))
                .andExpect(jsonPath("$.current[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.history[0].text").value(TEXT))
                .andExpect(jsonPath("$.history[0].ip").value("203.0.113.9"))
                .andExpect(jsonPath("$.history[0].formVersion").value(3))
                .andExpect(jsonPath("$.history[0].noticeVersion").value(2));
        audit.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_id = ? AND action = 'EXPORT'")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("PRO-1 the proofs PDF export is a PDF document")
    void proofsPdf() throws Exception {
        var person = person("pdf");
        var id = person.id().value();
        ledger.submit(submission(id, Channel.SMS, ProofKind.FORM, null));

        var pdf = mvc.perform(get("/consents/persons/{id}/proofs.pdf", id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @DisplayName("SEC-2 the administrator cannot open a person's consent panel")
    void adminCannotReadPanel() throws Exception {
        mvc.perform(get("/consents/persons/{id}", UUID.randomUUID()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-1 a refused consent shows each error next to its field, the summary links to the fields, what "
            + "was typed is kept and nothing is recorded")
    void refusedConsentKeepsInputWithErrorsAtFields() throws Exception {
        var person = person("fields");
        var id = person.id().value();

        mvc.perform(post("/consents/persons/{id}/given", id).with(csrf()).header("HX-Request", "true")
                        .param("purpose", "PROSPECTING").param("channel", "POST").param("text", "Texte lu au client")
                        .param("how", "").param("details", "lettre reçue le 3 mars"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("id=\"consent-panel-errors\""),
                        Matchers.containsString("href=\"#given-how\""),
                        Matchers.containsString("aria-invalid=\"true\" aria-describedby=\"given-how-error\""),
                        Matchers.containsString("<span class=\"field-error\" id=\"given-how-error\">Indiquez comment"),
                        Matchers.not(Matchers.containsString("id=\"given-details-error\"")),
                        Matchers.containsString(">Texte lu au client</textarea>"),
                        Matchers.containsString("value=\"lettre reçue le 3 mars\""),
                        Matchers.containsString("<option value=\"POST\" selected=\"selected\">"))));

        assertThat(ledger.current(id)).isEmpty();
        assertThat(ledger.history(id)).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 a withdrawal without how the person asked is refused at its field; the form of the consent "
            + "given, not posted, shows no error")
    void refusedWithdrawalErrorAtItsField() throws Exception {
        var person = person("nosource");
        var id = person.id().value();
        ledger.submit(submission(id, Channel.SMS, ProofKind.FORM, null));

        mvc.perform(post("/consents/persons/{id}/withdrawal", id).with(csrf()).header("HX-Request", "true")
                        .param("purpose", "PROSPECTING").param("channel", "SMS").param("source", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("id=\"withdrawal-source-error\""),
                        Matchers.containsString("href=\"#withdrawal-source\""),
                        Matchers.not(Matchers.containsString("id=\"given-purpose-error\"")))));

        assertThat(ledger.current(id)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE));
    }

    @Test
    @DisplayName("PRO-1 a consent recorded through htmx redraws the panel with the notice and empty forms")
    void recordedConsentRedrawsPanel() throws Exception {
        var person = person("htmxok");
        var id = person.id().value();

        mvc.perform(post("/consents/persons/{id}/given", id).with(csrf()).header("HX-Request", "true")
                        .param("purpose", "PROSPECTING").param("channel", "POST").param("text", TEXT)
                        .param("how", "LETTER").param("details", "lettre du 3 mars, réf. 42"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Consentement enregistré"),
                        Matchers.not(Matchers.containsString("consent-panel-errors")),
                        Matchers.not(Matchers.containsString("aria-invalid=\"true\"")),
                        Matchers.not(Matchers.containsString("value=\"lettre du 3 mars, réf. 42\"")))));

        assertThat(ledger.current(id)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE));
    }

    private PersonView person(String label) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Consent" + label,
                "Léa", label + "-" + suffix + "@example.org", null, null, null, null, null, null, null, null));
    }

    private static ConsentSubmission submission(UUID person, Channel channel, ProofKind proof, String address) {
        return new ConsentSubmission(person, "PROSPECTING", channel, TEXT, "newsletter", 3, 2, "203.0.113.9",
                "Mozilla/5.0 (form)", "site web — page newsletter", proof, address, Locale.FRENCH);
    }
}
