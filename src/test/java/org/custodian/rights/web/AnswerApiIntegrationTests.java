package org.custodian.rights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequests;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * DSR-3, DSR-4, DSR-7: {@code /api/v1/rights-requests/{id}/package}, {@code …/answer}, {@code …/refuse} and their
 * refusals as problem details; the request page's answer panel and downloads.
 */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class AnswerApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RightsRequests requests;
    @Autowired
    Persons persons;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "api-answer." + tag + "@example.org";
    private PersonId person;

    @BeforeEach
    void person() {
        person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Paquet" + tag, "Léa",
                email, null, null, null, null, null, null, null, null)).id();
    }

    private UUID request(RightsKind kind, PersonId... matched) {
        var id = requests.create(new NewRightsRequest(kind, RequestChannel.API, requests.today(), email, "Léa",
                "Paquet" + tag, null, null, null)).id();
        for (var each : matched) {
            requests.match(id, each);
        }
        return id;
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    @DisplayName("DSR-3 the access package of the matched person as JSON holds their records; as PDF their values")
    void accessPackage() throws Exception {
        var id = request(RightsKind.ACCESS, person);

        mvc.perform(get("/api/v1/rights-requests/{id}/package?format=json", id)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(Matchers.containsString(email)));
        var pdf = mvc.perform(get("/api/v1/rights-requests/{id}/package?format=pdf", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(email);
        }
    }

    @Test
    @DisplayName("DSR-3 a requester matched to two records of the file gets one package holding both")
    void severalPersonsInOnePackage() throws Exception {
        var other = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Paquet" + tag,
                "Léa", "autre." + tag + "@example.org", null, null, null, null, null, null, null, null)).id();
        var id = request(RightsKind.ACCESS, person, other);

        var json = mvc.perform(get("/api/v1/rights-requests/{id}/package?format=json", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.persons.length()").value(2))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(email).contains("autre." + tag + "@example.org");
        var csv = mvc.perform(get("/api/v1/rights-requests/{id}/package?format=csv&portable=true", id))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFperson;section;kind;record;field;value").contains("\r\n1;")
                .contains("\r\n2;");
        var pdf = mvc.perform(get("/api/v1/rights-requests/{id}/package?format=pdf", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(email).contains("autre." + tag);
        }
    }

    @Test
    @DisplayName("DSR-4 the portable data as CSV with portable=true")
    void portableCsv() throws Exception {
        var id = request(RightsKind.PORTABILITY, person);

        mvc.perform(get("/api/v1/rights-requests/{id}/package?format=csv&portable=true", id))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)));
    }

    @Test
    @DisplayName("DSR-3 no matched person: 409 problem telling to match first; an unknown format: 400")
    void packageProblems() throws Exception {
        var id = request(RightsKind.ACCESS);

        mvc.perform(get("/api/v1/rights-requests/{id}/package?format=json", id)).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].rule").value("DSR-7.match-first"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("rapprochez")));
        mvc.perform(get("/api/v1/rights-requests/{id}/package?format=xml", request(RightsKind.ACCESS, person)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    @DisplayName("DSR-7 POST …/answer answers 201 with the files; a second answer is 409")
    void answerThenConflict() throws Exception {
        var id = request(RightsKind.ACCESS, person);
        var body = "{\"letter\":\"Madame, vous trouverez ci-joint vos données.\"}";

        var result = post("/api/v1/rights-requests/" + id + "/answer", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.method").value("MAIL"))
                .andExpect(jsonPath("$.recipient").value(email))
                .andExpect(jsonPath("$.files.length()").value(3)).andReturn();
        String href = JsonPath.read(result.getResponse().getContentAsString(), "$.files[2].href");
        mvc.perform(get(href)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)));
        post("/api/v1/rights-requests/" + id + "/answer", body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("DSR-7.closed"));
        mvc.perform(get("/api/v1/rights-requests/{id}", id)).andExpect(jsonPath("$.status").value("ANSWERED"));
    }

    @Test
    @DisplayName("DSR-7 an answer without letter or with an unknown property is 400, field by field")
    void answerInvalid() throws Exception {
        var id = request(RightsKind.OBJECTION);

        post("/api/v1/rights-requests/" + id + "/answer", "{\"letter\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("letter"));
        post("/api/v1/rights-requests/" + id + "/answer", "{\"letter\":\"Oui.\",\"attach\":true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attach"));
    }

    @Test
    @DisplayName("GDPR Art. 12(4) POST …/refuse refuses with the reason; the request is REFUSED")
    void refuse() throws Exception {
        var id = request(RightsKind.ERASURE);

        post("/api/v1/rights-requests/" + id + "/refuse", "{\"reason\":\"Demande identique à la précédente.\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.method").value("REFUSAL"));
        mvc.perform(get("/api/v1/rights-requests/{id}", id)).andExpect(jsonPath("$.status").value("REFUSED"));
    }

    @Test
    @DisplayName("DSR-7 the request page shows the answer panel with the draft letter, then the answer sent with its files")
    void answerPanel() throws Exception {
        var id = request(RightsKind.ACCESS, person);

        mvc.perform(get("/rights/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"answer-letter\"")))
                .andExpect(content().string(Matchers.containsString("Vous trouverez ci-joint la copie complète")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/rights/{id}/answer", id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .param("letter", "Madame, voici vos données.").param("method", "MAIL"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/rights/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("donnees-personnelles.json")))
                .andExpect(content().string(Matchers.containsString("/rights/" + id + "/answer/files/1")));
        mvc.perform(get("/rights/{id}/answer/files/1", id)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
    }
}
