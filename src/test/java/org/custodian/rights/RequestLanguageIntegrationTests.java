package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * DSR-1, DSR-3, DSR-7 — the requester's language: taken from the public form they confirmed, chosen on the staff
 * form or given to the API, French when not known; the mails to them, the answer letter and the access package are
 * written in it.
 */
@IntegrationTest
class RequestLanguageIntegrationTests {

    private static final RequestPostProcessor DPO = user("nadia").roles("DPO");
    private static final Pattern CONFIRM = Pattern.compile("/p/rights/confirm/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    RightsRequests requests;
    @Autowired
    RequestAnswers answers;
    @Autowired
    RequestPackages packages;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String email = "emily." + tag + "@example.org";

    private String language(UUID id) {
        return jdbc.sql("SELECT language FROM rights_request WHERE id = ?").param(id).query(String.class).single();
    }

    private String languageOf(String lastName) {
        return jdbc.sql("SELECT language FROM rights_request WHERE last_name = ?").param(lastName)
                .query(String.class).single();
    }

    private UUID englishAccessRequest() {
        PersonId person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Brontë" + tag,
                "Emily", email, null, null, null, null, null, null, null, null)).id();
        var id = requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.EMAIL, requests.today(),
                email, "Emily", "Brontë" + tag, null, null, "A copy of my data, please.", Locale.ENGLISH)).id();
        requests.match(id, person);
        return id;
    }

    private List<String> subjects() {
        return jdbc.sql("SELECT subject FROM mail_message WHERE recipient = ? ORDER BY created_at").param(email)
                .query(String.class).list();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("DSR-1 a request sent from the public form in English and confirmed is recorded in English")
    void publicFormLanguageKept() throws Exception {
        mvc.perform(post("/p/rights").header("Accept-Language", "en").param("kind", "ACCESS").param("email", email)
                .param("lastName", "Brontë" + tag)).andExpect(status().isOk());
        var token = Mailbox.bodies(jdbc, email).stream().map(CONFIRM::matcher).filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group(1)).findFirst().orElseThrow();

        mvc.perform(post("/p/rights/confirm/{token}", token)).andExpect(status().isOk());

        assertThat(languageOf("Brontë" + tag)).isEqualTo("en");
    }

    @Test
    @DisplayName("DSR-1 the staff form records the language chosen, French by default, and the request page shows it")
    void staffFormLanguage() throws Exception {
        mvc.perform(get("/rights/new").with(DPO)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"fr\" selected=\"selected\">français")));
        mvc.perform(post("/rights").with(DPO).with(csrf()).param("kind", "ACCESS").param("channel", "LETTER")
                        .param("receivedOn", requests.today().toString()).param("lastName", "Brontë" + tag)
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/rights").with(DPO).with(csrf()).param("kind", "ACCESS").param("channel", "LETTER")
                        .param("receivedOn", requests.today().toString()).param("lastName", "Gaskell" + tag))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/rights").with(DPO).with(csrf()).param("kind", "ACCESS").param("channel", "LETTER")
                        .param("receivedOn", requests.today().toString()).param("lastName", "Eliot" + tag)
                        .param("language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Langue inconnue : choisissez le français (fr) ou")));

        assertThat(languageOf("Brontë" + tag)).isEqualTo("en");
        assertThat(languageOf("Gaskell" + tag)).isEqualTo("fr");
        var id = jdbc.sql("SELECT id FROM rights_request WHERE last_name = ?").param("Brontë" + tag)
                .query(UUID.class).single();
        mvc.perform(get("/rights/{id}", id).with(DPO)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"requester-language\">anglais")));
    }

    @Test
    @DisplayName("DSR-1 the API takes an optional language, French when absent, and refuses another")
    void apiLanguage() throws Exception {
        var body = "{\"kind\":\"ACCESS\",\"channel\":\"API\",\"receivedOn\":\"" + requests.today()
                + "\",\"lastName\":\"Brontë" + tag + "\"%s}";
        mvc.perform(post("/api/v1/rights-requests").with(user("api-shop").roles("SUPPORT"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(",\"language\":\"EN\"")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.language").value("en"));
        mvc.perform(post("/api/v1/rights-requests").with(user("api-shop").roles("SUPPORT"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.language").value("fr"));
        mvc.perform(post("/api/v1/rights-requests").with(user("api-shop").roles("SUPPORT"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(",\"language\":\"de\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"))
                .andExpect(jsonPath("$.errors[0].rule").value("language"));
    }

    @Test
    @DisplayName("DSR-7 DSR-3 the answer to an English-speaking requester is in English: the draft, the letter's PDF, the access package's PDF and the mail")
    void answerInTheRequestersLanguage() throws Exception {
        var id = englishAccessRequest();
        assertThat(answers.draft(id)).startsWith("Dear Emily Brontë" + tag + ",");

        var answer = answers.answer(id, "Dear Emily, please find your data attached.", false);

        assertThat(text(answers.file(id, 1).content())).contains("Re: Access request received on")
                .contains("Files sent with this answer:");
        assertThat(text(answers.file(id, 2).content())).contains("Copy of your personal data")
                .doesNotContain("Copie de vos données personnelles");
        assertThat(jdbc.sql("SELECT subject || ' ' || text_body FROM mail_message WHERE id = ?")
                .param(answer.mailId()).query(String.class).single())
                .startsWith("Our answer to your request of").contains("Dear Emily Brontë" + tag);
    }

    @Test
    @DisplayName("DSR-3 the package of the request is in the requester's language unless the DPO asks for the other")
    void packageDefaultsToTheRequestersLanguage() throws Exception {
        var id = englishAccessRequest();

        assertThat(text(packages.build(id, RequestPackages.Format.PDF, false, false).content()))
                .contains("Copy of your personal data");
        var french = mvc.perform(get("/api/v1/rights-requests/{id}/package?format=pdf&lang=fr", id).with(DPO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(french)).contains("Copie de vos données personnelles");
        var asked = mvc.perform(get("/rights/{id}/package?format=pdf", id).with(DPO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(asked)).contains("Copy of your personal data");
    }

    @Test
    @DisplayName("DSR-1 DSR-2 the extension and the request for a proof of identity are mailed in the requester's language")
    void mailsInTheRequestersLanguage() {
        var id = englishAccessRequest();

        requests.extend(id, "We need to gather data from our archives.");
        requests.resume(requests.askIdentity(id, "The address differs from our file.").id());

        assertThat(subjects()).anySatisfy(subject -> assertThat(subject).endsWith(": time to answer extended"))
                .anySatisfy(subject -> assertThat(subject).endsWith(": proof of identity"));
        assertThat(language(id)).isEqualTo("en");
    }
}
