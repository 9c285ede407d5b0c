package org.custodian.rights.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequestView;
import org.custodian.rights.RightsRequests;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** DSR-5, DSR-6: {@code POST /api/v1/rights-requests/{id}/execute} with its problems, and the execution panel. */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class ExecutionWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RightsRequests requests;
    @Autowired
    Persons persons;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "exec." + tag + "@example.org";

    private RightsRequestView request(RightsKind kind, boolean matched) {
        var request = requests.create(new NewRightsRequest(kind, RequestChannel.LETTER, requests.today(), email,
                "Léa", "Exec" + tag, null, null, "Merci."));
        if (!matched) {
            return request;
        }
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Exec" + tag, "Léa",
                email, null, null, null, null, null, null, null, null)).id();
        return requests.match(request.id(), person);
    }

    private org.springframework.test.web.servlet.ResultActions execute(UUID id, String json) throws Exception {
        return mvc.perform(post("/api/v1/rights-requests/{id}/execute", id).with(user("api-dpo").roles("DPO"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    @DisplayName("DSR-5 the API carries out a restriction with its ground, then refuses a second execution with a 409 "
            + "problem")
    void apiExecutesOnce() throws Exception {
        var request = request(RightsKind.RESTRICTION, true);

        execute(request.id(), "{\"ground\":\"ACCURACY_CONTESTED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].kind").value("RESTRICTION"))
                .andExpect(jsonPath("$.actions[0].done").value(containsString("ACCURACY_CONTESTED")));
        execute(request.id(), "{\"ground\":\"ACCURACY_CONTESTED\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].rule").value("already-executed"));
    }

    @Test
    @DisplayName("DSR-5 the API answers problems: 409 for an access request or without a match, 400 for an unknown "
            + "ground or property, 404 for an unknown request")
    void apiProblems() throws Exception {
        execute(request(RightsKind.ACCESS, true).id(), "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("answered-not-executed"));
        execute(request(RightsKind.ERASURE, false).id(), "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("no-match"));
        var restriction = request(RightsKind.RESTRICTION, true);
        execute(restriction.id(), "{\"ground\":\"PERHAPS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ground"));
        execute(restriction.id(), "{\"ground\":\"LEGAL_CLAIMS\",\"colour\":\"red\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        execute(UUID.randomUUID(), "{}").andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("DSR-5 the request's page loads the execution panel, which offers the action of the request's kind")
    void panelOffersTheAction() throws Exception {
        var request = request(RightsKind.RESTRICTION, true);

        mvc.perform(get("/rights/{id}", request.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/rights/" + request.id() + "/execution")));
        mvc.perform(get("/rights/{id}/execution", request.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"execution-ground\"")))
                .andExpect(content().string(containsString("Limiter le traitement de 1 personne(s)")));
    }

    @Test
    @DisplayName("DSR-5 a rectification without a note is refused on the panel, the field named; with one it is "
            + "recorded")
    void panelRefusesARectificationWithoutNote() throws Exception {
        var request = request(RightsKind.RECTIFICATION, true);

        mvc.perform(post("/rights/{id}/execute", request.id()).with(csrf()).header("HX-Request", "true")
                        .param("note", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("execution-note-error")));
        mvc.perform(post("/rights/{id}/execute", request.id()).with(csrf()).param("note", "adresse corrigée"))
                .andExpect(redirectedUrl("/rights/" + request.id() + "#execution"));
        mvc.perform(get("/rights/{id}/execution", request.id()))
                .andExpect(content().string(containsString("adresse corrigée")));
    }
}
