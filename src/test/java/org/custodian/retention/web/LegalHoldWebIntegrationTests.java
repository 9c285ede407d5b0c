package org.custodian.retention.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.retention.LegalHolds;
import org.custodian.retention.NewLegalHold;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** RET-5 — legal holds through the API and on the screens. */
@IntegrationTest
class LegalHoldWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    LegalHolds holds;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private static RequestPostProcessor as(String role) {
        return user("web-" + role.toLowerCase()).roles(role);
    }

    private PersonId person() {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Gel" + tag, "Léa",
                null, null, null, null, null, null, null, null, null)).id();
    }

    @Test
    @DisplayName("RET-5 the API places a hold (201 and Location), reads it, lists it, and releases it once with a reason (409 the second time)")
    void apiPlacesReadsAndReleases() throws Exception {
        var person = person();
        var reviewOn = holds.today().plusMonths(2);
        var location = mvc.perform(post("/api/v1/legal-holds").with(as("DPO")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + person + "\",\"reason\":\"Litige " + tag + "\",\"reviewOn\":\""
                                + reviewOn + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/legal-holds/")))
                .andExpect(jsonPath("$.state").value("IN_FORCE"))
                .andExpect(jsonPath("$.holds").value(true))
                .andExpect(jsonPath("$.owner").value("web-dpo"))
                .andReturn().getResponse().getHeader("Location");
        var id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get("/api/v1/legal-holds/{id}", id).with(as("ARCHIVIST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value(person.toString()))
                .andExpect(jsonPath("$.reviewOn").value(reviewOn.toString()));
        mvc.perform(get("/api/v1/legal-holds").param("q", "Litige " + tag).with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id));

        mvc.perform(delete("/api/v1/legal-holds/{id}", id).with(as("DPO")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("releaseReason"));
        mvc.perform(delete("/api/v1/legal-holds/{id}", id).param("reason", "Litige clos").with(as("DPO")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RELEASED"))
                .andExpect(jsonPath("$.releaseReason").value("Litige clos"));
        mvc.perform(delete("/api/v1/legal-holds/{id}", id).param("reason", "Encore").with(as("DPO")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("alreadyReleased"));
    }

    @Test
    @DisplayName("RET-5 the API refuses an undocumented hold field by field, an unknown property, and answers 404 for an unknown hold")
    void apiRefusals() throws Exception {
        mvc.perform(post("/api/v1/legal-holds").with(as("DPO")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("\"field\":\"target\"")))
                .andExpect(content().string(containsString("\"field\":\"reason\"")))
                .andExpect(content().string(containsString("\"field\":\"endOn\"")));
        mvc.perform(post("/api/v1/legal-holds").with(as("DPO")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + person() + "\",\"reason\":\"x\",\"endOn\":\"2099-01-01\","
                                + "\"debtId\":\"1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("debtId"));
        mvc.perform(get("/api/v1/legal-holds/{id}", UUID.randomUUID()).with(as("DPO")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/legal-holds").with(as("ARCHIVIST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("RET-5 the DPO places a hold from the person page's panel and the form, sees it on the list, and releases it with a reason")
    void screensPlaceListAndRelease() throws Exception {
        var person = person();
        mvc.perform(get("/retention/persons/{id}/legal-hold-panel", person).header("HX-Request", "true")
                        .with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"legal-hold-none\"")))
                .andExpect(content().string(containsString("/retention/holds/new?personId=" + person)));
        mvc.perform(get("/retention/holds/new").param("personId", person.toString()).with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + person + "\"")));

        mvc.perform(post("/retention/holds").with(as("DPO")).with(csrf())
                        .param("personId", person.toString()).param("reason", "").param("endOn", "demain"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("id=\"endOn-error\"")));
        var placed = mvc.perform(post("/retention/holds").with(as("DPO")).with(csrf())
                        .param("personId", person.toString()).param("reason", "Expertise " + tag)
                        .param("endOn", holds.today().plusDays(30).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/retention/holds/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get("/retention/persons/{id}/legal-hold-panel", person).with(as("DPO")))
                .andExpect(content().string(containsString("id=\"legal-hold-in-force\"")))
                .andExpect(content().string(containsString("Expertise " + tag)));
        mvc.perform(get("/retention/holds").param("q", "Expertise " + tag).with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(("Gel" + tag).toUpperCase())))
                .andExpect(content().string(containsString("En vigueur")));
        mvc.perform(get("/persons/{id}", person).with(as("DPO")))
                .andExpect(content().string(containsString("id=\"legal-hold-panel\"")));

        mvc.perform(post(placed + "/release").with(as("DPO")).with(csrf()).param("releaseReason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"releaseReason-error\"")));
        mvc.perform(post(placed + "/release").with(as("DPO")).with(csrf()).param("releaseReason", "Expertise rendue"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(placed).with(as("DPO")))
                .andExpect(content().string(containsString("Expertise rendue")))
                .andExpect(content().string(not(containsString("id=\"legal-hold-release\""))));
    }

    @Test
    @DisplayName("RET-5 the archivist reads the list and a hold without the person's name and without the DPO's forms")
    void archivistReadsOnly() throws Exception {
        var placed = holds.place(new NewLegalHold(person(), null, "Archive " + tag, "dpo", null,
                holds.today().plusDays(3)));

        mvc.perform(get("/retention/holds").param("q", "Archive " + tag).with(as("ARCHIVIST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Une personne du fichier")))
                .andExpect(content().string(not(containsString(("Gel" + tag).toUpperCase()))))
                .andExpect(content().string(not(containsString("id=\"legal-hold-new\""))));
        mvc.perform(get("/retention/holds/{id}", placed.id()).with(as("ARCHIVIST")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"legal-hold-release\""))));
        mvc.perform(get("/retention/holds/{id}", UUID.randomUUID()).with(as("ARCHIVIST")))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("RET-5 the screens speak in words, French by default and English on request, with no internal code")
    void screensSpeakInWords() throws Exception {
        holds.place(new NewLegalHold(person(), null, "Mots " + tag, null, null, holds.today().plusDays(3)));
        mvc.perform(get("/retention/holds").param("filter", "ALL").with(as("DPO")))
                .andExpect(content().string(containsString("Gels légaux")))
                .andExpect(content().string(not(containsString(">IN_FORCE<"))))
                .andExpect(content().string(not(containsString(">REVIEW_DUE<"))));
        mvc.perform(get("/retention/holds").param("lang", "en").with(as("DPO")))
                .andExpect(content().string(containsString("Legal holds")));
    }
}
