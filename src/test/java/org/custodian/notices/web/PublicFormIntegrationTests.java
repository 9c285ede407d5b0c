package org.custodian.notices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentEvent;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentState;
import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveData;
import org.custodian.contacts.SensitiveDatum;
import org.custodian.contacts.Persons;
import org.custodian.notices.BoxKind;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FormBox;
import org.custodian.notices.FieldChoice;
import org.custodian.notices.FormDefinition;
import org.custodian.notices.FormField;
import org.custodian.notices.FormFixture;
import org.custodian.notices.PartnerOffer;
import org.custodian.notices.PrivacyNotices;
import org.custodian.notices.PublishedNotice;
import org.custodian.notices.SensitiveQuestion;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A visitor on a public collection form (INF-2, PRO-1, CON-9): the page, the submission, the proof in the ledger.
 */
@IntegrationTest
class PublicFormIntegrationTests {

    private static final String SHOP = "https://boutique.example.fr";

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
    @Autowired
    SensitiveData sensitiveData;

    String slug;
    String email;

    @BeforeEach
    void openForm() {
        slug = FormFixture.openForm(jdbc, notices, forms, List.of(SHOP));
        email = "lea." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    @DisplayName("INF-2 the form shows its boxes unticked, the partners' number and list, and a first-level notice "
            + "linking to the full one; only the shop may frame it, and no cookie is set")
    void showsFormWithFirstLevelNotice() throws Exception {
        mvc.perform(get("/p/forms/{slug}", slug))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(FormFixture.EMAIL_TEXT.replace("'", "&#39;")),
                        containsString("name=\"consent\" value=\"PROSPECTING:EMAIL\""),
                        containsString("name=\"opposition\" value=\"PROSPECTING:POST\""),
                        containsString("partenaire(s), secteur(s)"), containsString("Voyages Azur"),
                        containsString("href=\"/p/privacy?lang=fr&amp;version="), containsString("base légale"),
                        containsString("www.cnil.fr"), not(containsString("checked")))))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors " + SHOP)))
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    @DisplayName("INF-2 a closed form answers 404 and other public pages still refuse to be framed")
    @WithMockUser(username = "dpo-forms", roles = "DPO")
    void closedFormIsGone() throws Exception {
        forms.setActive(slug, false);

        mvc.perform(get("/p/forms/{slug}", slug)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("plus ouvert")));
        mvc.perform(get("/p/privacy")).andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    @DisplayName("INF-2 PRO-1 a visitor who ticks nothing becomes a prospect with no consent; the submission is kept")
    void nothingTickedMeansNoConsent() throws Exception {
        mvc.perform(submit().param("lastName", "Morel").param("firstNames", "Léa").param("email", email))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/p/forms/" + slug + "/thanks"));

        var person = person();
        assertThat(person.data().type()).isEqualTo(PersonType.PROSPECT);
        assertThat(person.data().firstNames()).isEqualTo("Léa");
        assertThat(ledger.current(person.id().value())).isEmpty();
        assertThat(jdbc.sql("SELECT outcome || '|' || ticked FROM collection_form_submission WHERE person_id = ?")
                .param(person.id().value()).query(String.class).single()).isEqualTo("CREATED|");
    }

    @Test
    @DisplayName("PRO-1 an e-mail consent waits for the double opt-in, then is active with the form, versions, text, "
            + "time, IP and user agent as proof")
    void emailConsentThroughDoubleOptIn() throws Exception {
        var noticeVersion = notices.current().map(PublishedNotice::version).orElseThrow();
        mvc.perform(submit().param("lastName", "Morel").param("email", email)
                        .param("consent", "PROSPECTING:EMAIL")
                        .header("User-Agent", "Mozilla/5.0 (Léa)").header("Origin", SHOP)
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.42");
                            return request;
                        }))
                .andExpect(redirectedUrl("/p/forms/" + slug + "/thanks?confirm=1"));
        var person = person();
        assertThat(ledger.current(person.id().value())).extracting(ConsentState::status)
                .containsExactly(ConsentStatus.PENDING_CONFIRMATION);

        mvc.perform(post("/p/consents/confirm/{token}", Mailbox.confirmationToken(jdbc, email))
                        .header("User-Agent", "Mozilla/5.0 (mail)"))
                .andExpect(status().isOk());

        assertThat(ledger.current(person.id().value())).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE));
        var proof = ledger.history(person.id().value()).get(0);
        assertThat(proof.formRef()).isEqualTo(slug);
        assertThat(proof.formVersion()).isEqualTo(1);
        assertThat(proof.noticeVersion()).isEqualTo(noticeVersion);
        assertThat(proof.ip()).isEqualTo("203.0.113.42");
        assertThat(proof.userAgent()).isEqualTo("Mozilla/5.0 (Léa)");
        assertThat(proof.source()).isEqualTo("/p/forms/" + slug + " ← " + SHOP);
        assertThat(proof.submittedAt()).isNotNull();
        assertThat(proof.confirmedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT text FROM consent_text WHERE hash = ?").param(proof.textHash())
                .query(String.class).single()).isEqualTo(FormFixture.EMAIL_TEXT);
    }

    @Test
    @DisplayName("INF-2 PRO-1 SMS consent counts at once, a postal opposition is recorded as an objection, and the "
            + "partner consent keeps the partner list that was shown")
    void smsConsentOppositionAndPartners() throws Exception {
        mvc.perform(submit().param("lastName", "Morel").param("email", email).param("phone", "06 12 34 56 78")
                        .param("address", "3 rue Haute, 69001 Lyon")
                        .param("consent", "PROSPECTING:SMS").param("opposition", "PROSPECTING:POST")
                        .param("partners", "yes"))
                .andExpect(redirectedUrl("/p/forms/" + slug + "/thanks?confirm=1"));

        var id = person().id().value();
        assertThat(ledger.current(id)).extracting(state -> state.purpose() + ":" + state.channel() + "="
                + state.status()).containsExactlyInAnyOrder("PROSPECTING:SMS=ACTIVE", "PROSPECTING:POST=OBJECTED",
                ConsentLedger.PARTNER_TRANSMISSION + ":EMAIL=PENDING_CONFIRMATION");
        var objection = ledger.history(id).stream().filter(record -> record.event() == ConsentEvent.OBJECTED)
                .findFirst().orElseThrow();
        assertThat(objection.channel()).isEqualTo(Channel.POST);
        assertThat(jdbc.sql("SELECT text FROM consent_text WHERE hash = ?").param(objection.textHash())
                .query(String.class).single()).isEqualTo(FormFixture.POST_TEXT);
        var partnerText = jdbc.sql("SELECT t.text FROM consent_request r JOIN consent_text t ON t.hash = r.text_hash "
                + "WHERE r.person_id = ?").param(id).query(String.class).single();
        assertThat(partnerText).startsWith(FormFixture.PARTNER_TEXT).contains("Voyages Azur (tourisme)");
    }

    @Test
    @DisplayName("CON-9 a returning visitor is found by e-mail: empty fields are completed, held values never "
            + "overwritten")
    void returningVisitorCompletesNeverOverwrites() throws Exception {
        var held = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Morel", "Léa", email,
                null, null, null, null, null, null, null, null));

        mvc.perform(submit().param("lastName", "Imposteur").param("firstNames", "Zoé").param("email",
                        email.toUpperCase()).param("phone", "06 98 76 54 32"))
                .andExpect(status().is3xxRedirection());

        var after = persons.get(held.id(), "test");
        assertThat(after.data().lastName()).isEqualTo("Morel");
        assertThat(after.data().firstNames()).isEqualTo("Léa");
        assertThat(after.data().phone()).isEqualTo("06 98 76 54 32");
        assertThat(after.data().type()).isEqualTo(PersonType.CUSTOMER);
        assertThat(persons.history(held.id()).get(0).actor()).isEqualTo("public");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE LOWER(email) = ?").param(email)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("INF-2 CON-2 a bad submission is refused field by field with the visitor's input kept, and nothing "
            + "is stored")
    void badSubmissionStoresNothing() throws Exception {
        mvc.perform(submit().param("lastName", "").param("email", email).param("phone", "1 23 45 67 89 01 23 45 67")
                        .param("consent", "PROSPECTING:EMAIL"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Votre envoi n&#39;a pas été enregistré"),
                        containsString("value=\"" + email + "\""), containsString("checked"))));
        mvc.perform(submit().param("lastName", "Morel").param("email", email).param("consent", "OPINIONS:EMAIL"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("rechargez la page")));
        mvc.perform(submit().param("lastName", "Morel").param("email", email).param("jobTitle", "Directrice"))
                .andExpect(status().isUnprocessableContent());

        assertThat(persons.findByEmail(email, "test")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_message WHERE recipient = ?").param(email)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("INF-2 a refused submission ties each error to its field for screen readers, links to it from the "
            + "summary at the top and keeps what the visitor typed")
    void refusedSubmissionErrorsAtTheirFields() throws Exception {
        var field = "cf-" + slug + "-lastName";
        mvc.perform(submit().param("lastName", " ").param("email", email).param("firstNames", "Léa"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("id=\"form-errors\""),
                        containsString("href=\"#" + field + "\""),
                        containsString("id=\"" + field + "\" name=\"lastName\""),
                        containsString("aria-invalid=\"true\" aria-describedby=\"" + field + "-hint " + field + "-error\""),
                        containsString("<span class=\"field-error\" id=\"" + field + "-error\">"),
                        not(containsString("cf-" + slug + "-email-error")),
                        containsString("value=\"" + email + "\""),
                        containsString("value=\"Léa\""))));

        assertThat(persons.findByEmail(email, "test")).isEmpty();
    }

    @Test
    @DisplayName("CON-6 a card security code sent to a public form is refused before anything is read")
    void cardSecurityCodeRefused() throws Exception {
        mvc.perform(submit().param("lastName", "Morel").param("email", email).param("cvv", "123"))
                .andExpect(status().is4xxClientError());
        assertThat(persons.findByEmail(email, "test")).isEmpty();
    }

    @Test
    @DisplayName("INF-2 the form is served in its own language whatever the browser asks")
    void servedInItsLanguage() throws Exception {
        mvc.perform(get("/p/forms/{slug}", slug).header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(allOf(containsString("lang=\"fr\""), containsString("Envoyer"))));
    }

    @Test
    @WithMockUser(username = "dpo-forms", roles = "DPO")
    @DisplayName("INF-2 an English form speaks English, its first-level notice included, whatever the browser asks")
    void englishForm() throws Exception {
        var english = "offers-" + UUID.randomUUID().toString().substring(0, 8);
        var french = FormFixture.definition(List.of());
        forms.create(english, new FormDefinition("Get our offers", null, "en", french.audience(), french.purposes(),
                french.fields().stream()
                        .filter(choice -> choice.field() != FormField.PHONE && choice.field() != FormField.ADDRESS).toList(),
                List.of(new FormBox(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL,
                        "I agree to receive offers by e-mail.")), PartnerOffer.NONE, null, List.of(), List.of()));

        mvc.perform(get("/p/forms/{slug}", english).header("Accept-Language", "fr-FR"))
                .andExpect(content().string(allOf(containsString("lang=\"en\""), containsString(">Send<"),
                        containsString("Your choices"), containsString("legal basis:"),
                        containsString("href=\"/p/privacy?lang=en&amp;version="))));
    }

    @Test
    @DisplayName("CON-4 a sensitive answer is kept only with its own consent box ticked, with that consent as proof; "
            + "an answer without the box, or the box without an answer, is refused and nothing is stored; a known person's "
            + "address posted again adds no sensitive answer to her file")
    void sensitiveAnswerOnlyWithItsConsent() throws Exception {
        var order = "commande-" + UUID.randomUUID().toString().substring(0, 8);
        var consentText = "J'accepte que Maison Lumière garde mes allergies pour préparer ma commande.";
        // 000 §5: the DPO opted contract management into sensitive data, for goods that imply it.
        jdbc.sql("""
                        INSERT INTO register_activity_category (activity_code, category_code, note_fr, note_en)
                        SELECT 'CONTRACT_MANAGEMENT', 'SENSITIVE', 'Plats préparés : allergies', 'Ready meals: allergies'
                        WHERE NOT EXISTS (SELECT 1 FROM register_activity_category
                            WHERE activity_code = 'CONTRACT_MANAGEMENT' AND category_code = 'SENSITIVE')""")
                .update();
        withDpo(() -> forms.create(order, new FormDefinition("Votre commande", null, "fr", Audience.CONSUMER,
                List.of("CONTRACT_MANAGEMENT"), FormFixture.definition(List.of()).fields().subList(1, 3), List.of(),
                PartnerOffer.NONE, null, List.of(), List.of(new SensitiveQuestion(SensitiveCategory.HEALTH,
                        "Allergies alimentaires", consentText)))));
        mvc.perform(get("/p/forms/{slug}", order))
                .andExpect(content().string(allOf(containsString("Allergies alimentaires"),
                        containsString("name=\"sensitiveConsent\" value=\"HEALTH\""))));

        mvc.perform(post("/p/forms/{slug}", order).param("lastName", "Morel").param("email", email)
                        .param("sensitive.HEALTH", "arachide"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("cochez la case de consentement")));
        mvc.perform(post("/p/forms/{slug}", order).param("lastName", "Morel").param("email", email)
                        .param("sensitiveConsent", "HEALTH"))
                .andExpect(status().isUnprocessableContent());
        assertThat(persons.findByEmail(email, "test")).isEmpty();

        mvc.perform(post("/p/forms/{slug}", order).param("lastName", "Morel").param("email", email)
                        .param("sensitive.HEALTH", "arachide").param("sensitiveConsent", "HEALTH")
                        .header("User-Agent", "Mozilla/5.0 (Léa)"))
                .andExpect(status().is3xxRedirection());
        var person = person();
        var data = withDpo(() -> sensitiveData.of(person.id(), "test"));
        assertThat(data).singleElement().satisfies(datum -> {
            assertThat(datum.category()).isEqualTo(SensitiveCategory.HEALTH);
            assertThat(datum.value()).isEqualTo("arachide");
            assertThat(datum.consent().text()).isEqualTo(consentText);
            assertThat(datum.consent().formRef()).isEqualTo(order);
            assertThat(datum.consent().userAgent()).isEqualTo("Mozilla/5.0 (Léa)");
        });

        // Anyone can type her address: a second answer posted with it is not kept on her file.
        mvc.perform(post("/p/forms/{slug}", order).param("lastName", "Morel").param("email", email)
                        .param("sensitive.HEALTH", "lactose").param("sensitiveConsent", "HEALTH"))
                .andExpect(status().is3xxRedirection());
        assertThat(withDpo(() -> sensitiveData.of(person.id(), "test"))).extracting(SensitiveDatum::value)
                .containsExactly("arachide");
        jdbc.sql("DELETE FROM register_activity_category WHERE activity_code = 'CONTRACT_MANAGEMENT' "
                + "AND category_code = 'SENSITIVE' AND note_fr = 'Plats préparés : allergies'").update();
    }

    private <T> T withDpo(Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("dpo-forms", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_DPO")));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private MockHttpServletRequestBuilder submit() {
        return post("/p/forms/{slug}", slug).param("formVersion", "1");
    }

    private PersonView person() {
        audit.flush();
        return persons.findByEmail(email, "test").orElseThrow();
    }

    @Test
    @WithMockUser(username = "dpo-forms", roles = "DPO")
    @DisplayName("INF-2 000 §8 a postal-only form asks no e-mail, explains the asterisk and what a missing answer "
            + "means, and records the postal opposition without an e-mail address")
    void postalOnlyForm() throws Exception {
        var postal = "courrier-" + UUID.randomUUID().toString().substring(0, 8);
        forms.create(postal, new FormDefinition("Nos offres par courrier", null, "fr", Audience.CONSUMER,
                List.of("PROSPECTING"), List.of(new FieldChoice(FormField.LAST_NAME, true),
                        new FieldChoice(FormField.ADDRESS, true)),
                List.of(new FormBox(BoxKind.OPPOSITION, "PROSPECTING", Channel.POST, FormFixture.POST_TEXT)),
                PartnerOffer.NONE, null, List.of(), List.of()));

        mvc.perform(get("/p/forms/{slug}", postal))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("name=\"email\"")),
                        containsString("Les champs marqués d&#39;un astérisque (*) sont obligatoires"),
                        containsString("sans adresse postale, nous ne pouvons pas vous écrire"))));
        var lastName = "Postal" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/p/forms/{slug}", postal).param("formVersion", "1").param("lastName", lastName)
                        .param("address", "3 rue des Lilas, 75011 Paris").param("opposition", "PROSPECTING:POST"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE last_name = ? AND email IS NULL").param(lastName)
                .query(Long.class).single()).isOne();
    }
}
