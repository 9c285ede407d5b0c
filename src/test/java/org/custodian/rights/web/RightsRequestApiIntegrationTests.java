package org.custodian.rights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.RightsRequests;
import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** DSR-1, DSR-2: {@code /api/v1/rights-requests}, its answers and its refusals as problem details. */
@IntegrationTest
class RightsRequestApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RightsRequests requests;
    @Autowired
    Persons persons;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "api." + tag + "@example.org";

    private String body(LocalDate receivedOn) {
        return """
                {"kind":"ACCESS","channel":"API","receivedOn":"%s","email":"%s","firstNames":"Léa",
                 "lastName":"Boutique%s","message":"Copie de mes données, s’il vous plaît."}"""
                .formatted(receivedOn, email, tag);
    }

    private ResultActions post(String path, String json, String role) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user("web-shop").roles(role)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String create(LocalDate receivedOn) throws Exception {
        var result = post("/api/v1/rights-requests", body(receivedOn), "SUPPORT")
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    @Test
    @DisplayName("DSR-1 a web shop records a request: 201 with its id, its deadline (ISO date) and Location")
    void createAnswersTheDeadline() throws Exception {
        var receivedOn = requests.today().minusDays(1);

        var result = post("/api/v1/rights-requests", body(receivedOn), "SUPPORT")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.containsString("/api/v1/rights-requests/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedOn").value(receivedOn.toString()))
                .andReturn();

        var id = UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
        String deadline = JsonPath.read(result.getResponse().getContentAsString(), "$.deadline");
        assertThat(LocalDate.parse(deadline)).isEqualTo(requests.get(id).deadline()).isAfter(receivedOn);
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/rights-requests/" + id);
    }

    @Test
    @DisplayName("DSR-1 a request dated in the future, of an unknown kind, without requester or with an unknown property "
            + "is refused with 400 naming each field")
    void refusals() throws Exception {
        post("/api/v1/rights-requests", body(requests.today().plusDays(1)), "DPO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:rights-request-validation"))
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].rule").value("future"));
        post("/api/v1/rights-requests", "{\"kind\":\"FORGET\",\"channel\":\"API\",\"receivedOn\":\""
                + requests.today() + "\"}", "DPO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("kind", "lastName")));
        post("/api/v1/rights-requests", body(requests.today()).replace("{", "{\"lastname\":\"x\","), "DPO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastname"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-property"));
        post("/api/v1/rights-requests", body(requests.today()).replace(requests.today().toString(), "30/11/2026"),
                "DPO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
    }

    @Test
    @DisplayName("DSR-1 the DPO lists the late requests; an unknown view is refused")
    void listByStatus() throws Exception {
        var late = create(requests.today().minusMonths(2));

        mvc.perform(get("/api/v1/rights-requests").param("status", "LATE").param("q", "Boutique" + tag)
                        .with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(late))
                .andExpect(jsonPath("$.content[0].late").value(true))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/rights-requests").param("status", "SOON").with(user("nadia").roles("DPO")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    @DisplayName("DSR-1 the DPO reads the candidates, matches one, and reads the request with its matched person")
    void matchThroughTheApi() throws Exception {
        var id = create(requests.today());
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Boutique" + tag,
                "Léa", email, null, null, null, null, null, null, null, null)).id();

        mvc.perform(get("/api/v1/rights-requests/{id}/candidates", id).with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].personId").value(person.toString()))
                .andExpect(jsonPath("$[0].confidence").value("HIGH"))
                .andExpect(jsonPath("$[0].matched").value(false));
        post("/api/v1/rights-requests/" + id + "/match", "{\"personId\":\"" + person + "\"}", "DPO")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/rights-requests/{id}", id).with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matchedPersons[0].personId").value(person.toString()))
                .andExpect(jsonPath("$.matchedPersons[0].matchedBy").value("EMAIL"));
        post("/api/v1/rights-requests/" + id + "/match", "{\"personId\":\"" + UUID.randomUUID() + "\"}", "DPO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-person"));
    }

    @Test
    @DisplayName("DSR-1 DSR-2 the DPO extends a request and asks for a proof of identity; the answer shows the "
            + "extended deadline and the pause")
    void extendAndIdentityCheck() throws Exception {
        var id = create(requests.today());

        post("/api/v1/rights-requests/" + id + "/extend", "{\"reason\":\"Volume des échanges\"}", "DPO")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extendedDeadline").isNotEmpty())
                .andExpect(jsonPath("$.extensionReason").value("Volume des échanges"));
        post("/api/v1/rights-requests/" + id + "/identity-check", "{\"reason\":\"Adresse inconnue du dossier\"}",
                "DPO")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITING_FOR_PERSON"))
                .andExpect(jsonPath("$.paused").value(true))
                .andExpect(jsonPath("$.pauses[0].reason").value("Adresse inconnue du dossier"));
        post("/api/v1/rights-requests/" + id + "/resume", "", "DPO")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        post("/api/v1/rights-requests/" + id + "/extend", "{\"reason\":\"Encore\"}", "DPO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("DSR-1.extended-once"));
    }

    @Test
    @DisplayName("DSR-1 an unknown request is 404; SUPPORT records but does not read requests")
    void notFoundAndRoles() throws Exception {
        mvc.perform(get("/api/v1/rights-requests/{id}", UUID.randomUUID()).with(user("nadia").roles("DPO")))
                .andExpect(status().isNotFound());
        var id = create(requests.today());
        mvc.perform(get("/api/v1/rights-requests/{id}", id).with(user("camille").roles("SUPPORT")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("OpenAPI documents the rights requests' endpoints, bodies and refusals")
    void documented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("dev").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/rights-requests'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rights-requests'].post.responses['400']"
                        + ".content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rights-requests/{id}/extend'].post").exists())
                .andExpect(jsonPath("$.components.schemas.RightsRequestRequest.required",
                        Matchers.hasItems("kind", "channel", "receivedOn")));
    }
}
