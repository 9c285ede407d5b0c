package org.custodian.contacts.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.Restrictions;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** DSR-5 — the restriction of processing on the person page and through the API. */
@IntegrationTest
class RestrictionWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    Restrictions restrictions;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static RequestPostProcessor as(String role) {
        return user("web-" + role.toLowerCase()).roles(role);
    }

    private PersonId person() {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Gel" + suffix, null,
                null, null, null, null, null, null, null, null, null)).id();
    }

    @Test
    @DisplayName("DSR-5 the DPO restricts from the person page's panel; every reader of the person sees it, and the page shows its badge")
    void dpoRestrictsFromThePanel() throws Exception {
        var person = person();
        mvc.perform(get("/persons/{id}/restriction", person).header("HX-Request", "true").with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pas limité")))
                .andExpect(content().string(containsString("id=\"restrict-form\"")));

        mvc.perform(post("/persons/{id}/restriction", person).header("HX-Request", "true")
                        .param("ground", "ACCURACY_CONTESTED").param("reason", "Conteste son adresse")
                        .with(as("DPO")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"restriction-in-force\"")))
                .andExpect(content().string(containsString("Conteste son adresse")))
                .andExpect(content().string(containsString("id=\"lift-form\"")));

        mvc.perform(get("/persons/{id}/restriction", person).header("HX-Request", "true").with(as("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"restriction-in-force\"")))
                .andExpect(content().string(not(containsString("id=\"lift-form\""))));
        mvc.perform(get("/persons/{id}", person).with(as("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"person-restricted\"")));
    }

    @Test
    @DisplayName("DSR-5 the panel's forms show each refusal on its field: no ground, no reason, lifting without informing the person")
    void panelShowsRefusalsOnTheirFields() throws Exception {
        var person = person();
        mvc.perform(post("/persons/{id}/restriction", person).header("HX-Request", "true")
                        .param("ground", "").param("reason", "").with(as("DPO")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ground-error\"")))
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        restrictions.restrict(person, "LEGAL_CLAIMS", "Litige");

        mvc.perform(post("/persons/{id}/restriction/lift", person).header("HX-Request", "true")
                        .param("liftReason", "Litige clos").with(as("DPO")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"informed-error\"")))
                .andExpect(content().string(containsString("article 18.3")));
        mvc.perform(post("/persons/{id}/restriction/lift", person).header("HX-Request", "true")
                        .param("liftReason", "Litige clos").param("informed", "true").with(as("DPO")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("levée le")));
    }

    @Test
    @DisplayName("DSR-5 the API places a restriction (201), refuses a second one and an unknown property field by field, reads it and lifts it")
    void apiRestrictsReadsAndLifts() throws Exception {
        var person = person();
        mvc.perform(post("/api/v1/persons/{id}/restriction", person).with(as("DPO")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ground\":\"OBJECTION_PENDING\",\"reason\":\"S'oppose\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ground").value("OBJECTION_PENDING"))
                .andExpect(jsonPath("$.liftedAt").isEmpty());
        mvc.perform(post("/api/v1/persons/{id}/restriction", person).with(as("DPO")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ground\":\"OBJECTION_PENDING\",\"reason\":\"Encore\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("restriction"));
        mvc.perform(post("/api/v1/persons/{id}/restriction", person).with(as("DPO")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ground\":\"OBJECTION_PENDING\",\"reason\":\"x\",\"until\":\"2027-01-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/persons/{id}/restriction", person).with(as("SUPPORT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce.reason").value("S'oppose"))
                .andExpect(jsonPath("$.history.length()").value(1));

        mvc.perform(post("/api/v1/persons/{id}/restriction/lift", person).with(as("DPO")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Motifs examinés\",\"personInformed\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liftReason").value("Motifs examinés"));
        mvc.perform(get("/api/v1/persons/{id}/restriction", person).with(as("SUPPORT")))
                .andExpect(jsonPath("$.inForce").isEmpty());
    }
}
