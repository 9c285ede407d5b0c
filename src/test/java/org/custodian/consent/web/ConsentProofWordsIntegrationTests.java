package org.custodian.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.access.NewUser;
import org.custodian.access.Role;
import org.custodian.access.StaffAccounts;
import org.custodian.access.UserAdministration;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 8 §2: a consent proof names the form by the title its visitors saw — « Recevoir nos offres » (version 1) —
 * never by its address, says in a sentence that a form is not held, and names who recorded the consent.
 */
@IntegrationTest
class ConsentProofWordsIntegrationTests {

    private static final String TEXT = "J'accepte les offres de Maison Lumière par SMS.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    UserAdministration users;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    CollectionForms forms;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private String login;

    /** Consents are recorded by a user with an account and a full name, as on the person page. */
    @BeforeEach
    void signIn() {
        login = "agathe" + suffix;
        var secret = users.create(new NewUser(login, "Agathe Rivière", login + "@maison-lumiere.example",
                Set.of(Role.SUPPORT)), "test");
        // Her own password chosen, so that her requests are not sent to the password change first.
        accounts.changePassword(login, secret.value(), "Kayak-Brume-74!");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(login, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_SUPPORT")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("Issue 8 §2 the consent panel names the form by its title and version, and who recorded it, in French and English")
    void panelNamesTheFormAndTheRecorder() throws Exception {
        var slug = FormFixture.openForm(jdbc, notices, forms, List.of());
        var person = person();
        ledger.submit(submission(person, slug, 1));

        var french = panel(person, "fr");
        var english = panel(person, "en");

        assertThat(french).contains("« Recevoir nos offres » (version 1)").contains("Agathe Rivière (" + login + ")")
                .doesNotContain(slug);
        assertThat(english).contains("“Recevoir nos offres” (version 1)").contains("Agathe Rivière (" + login + ")")
                .doesNotContain(slug);
    }

    @Test
    @DisplayName("Issue 8 §2 a form Custodian does not hold is a sentence on the panel, never its address")
    void unknownFormIsASentence() throws Exception {
        var slug = "lettre-disparue-" + suffix;
        var person = person();
        ledger.submit(submission(person, slug, 3));

        assertThat(panel(person, "fr")).contains("Un formulaire dont Custodian ne garde pas la définition (version 3)")
                .doesNotContain(slug);
        assertThat(panel(person, "en")).contains("A form whose definition Custodian does not hold (version 3)")
                .doesNotContain(slug);
    }

    @Test
    @DisplayName("Issue 8 §2 the proofs document names the form by its title, who recorded it and who generated it")
    void pdfNamesTheForm() throws Exception {
        var slug = FormFixture.openForm(jdbc, notices, forms, List.of());
        var person = person();
        ledger.submit(submission(person, slug, 1));

        var pdf = mvc.perform(get("/consents/persons/{id}/proofs.pdf", person).with(user(login).roles("SUPPORT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("« Recevoir nos offres » (version 1)")
                    .contains("par Agathe Rivière (" + login + ")").doesNotContain(slug);
        }
    }

    private String panel(UUID person, String language) throws Exception {
        return mvc.perform(get("/consents/persons/{id}", person).param("lang", language).header("HX-Request", "true")
                        .with(user(login).roles("SUPPORT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID person() {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Preuve" + suffix, "Léa",
                "preuve-" + suffix + "@example.org", "06 11 22 33 44", null, null, null, null, null, null, null))
                .id().value();
    }

    private static ConsentSubmission submission(UUID person, String form, int version) {
        return new ConsentSubmission(person, "PROSPECTING", Channel.SMS, TEXT, form, version, 2, "203.0.113.9",
                "Mozilla/5.0 (form)", "https://boutique.example/offres", ProofKind.FORM, null, Locale.FRENCH);
    }
}
