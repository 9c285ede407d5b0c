package org.custodian.campaigns.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * PRO-5, PRO-2, CON-4: the campaigns API — a campaign defined with its template, its preview and one person's
 * decision; a template without the unsubscribe link and a filter on sensitive data refused.
 */
@IntegrationTest
class CampaignApiIntegrationTests {

    private static final RequestPostProcessor MARKETING = user("api:outil-marketing").roles("MARKETING");
    private static final RequestPostProcessor DPO = user("nadia").roles("DPO");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Persons persons;

    static String body(String name, String audience, String html, String text) {
        return """
                {"name":"%s","channel":"EMAIL","purpose":"PROSPECTING","professions":["achats","acheteur"],
                 "audience":%s,
                 "subject":"{{prenom}}, nos nouveautés","html":"%s","text":"%s",
                 "senderName":"Maison Lumière","senderAddress":"offres@maison-lumiere.example"}
                """.formatted(name, audience, html, text);
    }

    static String valid(String name) {
        return body(name, "{\"types\":[\"CUSTOMER\",\"PROSPECT\"],\"audiences\":[\"CONSUMER\",\"PROFESSIONAL\"]}",
                "<p>Bonjour {{prenom}}</p><a href=\\\"{{desinscription}}\\\">stop</a>",
                "Bonjour {{prenom}}\\nStop : {{desinscription}}");
    }

    private String create(String json) throws Exception {
        var response = mvc.perform(post("/api/v1/campaigns").with(MARKETING).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    @Test
    @DisplayName("PRO-5 POST /api/v1/campaigns creates a draft: 201, Location and id; GET reads its status and counts")
    void createThenRead() throws Exception {
        var name = "API " + UUID.randomUUID();
        mvc.perform(post("/api/v1/campaigns").with(MARKETING).contentType(MediaType.APPLICATION_JSON)
                        .content(valid(name)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/campaigns/")))
                .andExpect(jsonPath("$.id").value(notNullValue()))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        var id = jdbc.sql("SELECT id FROM campaign WHERE name = ?").param(name).query(UUID.class).single();

        mvc.perform(get("/api/v1/campaigns/" + id).with(DPO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.audience.types[0]").value("CUSTOMER"))
                .andExpect(jsonPath("$.counts.eligible").value(notNullValue()))
                .andExpect(jsonPath("$.counts.audience").value(notNullValue()));
        mvc.perform(get("/api/v1/campaigns").param("q", name).with(DPO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(id.toString()))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    @DisplayName("PRO-5 a template without {{desinscription}} is refused with 400 naming both bodies; nothing is stored")
    void templateWithoutUnsubscribeIsRefused() throws Exception {
        var name = "Sans lien " + UUID.randomUUID();
        mvc.perform(post("/api/v1/campaigns").with(MARKETING).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "{}", "<p>Bonjour {{prenom}}</p>", "Bonjour {{prenom}}")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:campaign-validation"))
                .andExpect(jsonPath("$.errors[0].field").value("html"))
                .andExpect(jsonPath("$.errors[0].rule").value("PRO-5.unsubscribe"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("{{desinscription}}")))
                .andExpect(jsonPath("$.errors[1].field").value("text"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign WHERE name = ?")
                .param(name).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("CON-4 a filter on a sensitive category (audience.health) is refused with 400, in a sentence naming "
            + "CON-4")
    void sensitiveFilterIsRefused() throws Exception {
        mvc.perform(post("/api/v1/campaigns").with(MARKETING).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Santé", "{\"types\":[\"CUSTOMER\"],\"health\":[\"diabète\"]}",
                                "{{desinscription}}", "{{desinscription}}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("audience.health"))
                .andExpect(jsonPath("$.errors[0].rule").value("CON-4"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("CON-4")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("données sensibles")));
    }

    @Test
    @DisplayName("CON-4 a sensitive filter is refused wherever it is put, under any of its names")
    void sensitiveFilterAtTheTopIsRefused() throws Exception {
        var json = valid("Religion").replaceFirst("\\{", "{\"religion\":\"catholique\",");
        mvc.perform(post("/api/v1/campaigns").with(MARKETING).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("religion"))
                .andExpect(jsonPath("$.errors[0].rule").value("CON-4"));
    }

    @Test
    @DisplayName("PRO-5 an unknown property, an unknown person type and a channel other than e-mail are refused, "
            + "field by field")
    void refusalsNameTheirField() throws Exception {
        mvc.perform(post("/api/v1/campaigns").with(MARKETING).contentType(MediaType.APPLICATION_JSON)
                        .content(valid("Inconnue").replaceFirst("\\{", "{\"sendAt\":\"demain\",")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sendAt"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-property"));
        mvc.perform(post("/api/v1/campaigns").with(MARKETING).contentType(MediaType.APPLICATION_JSON)
                        .content(valid("Type").replace("\"PROSPECT\"", "\"LEAD\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("audience.types"));
        mvc.perform(post("/api/v1/campaigns").with(MARKETING).contentType(MediaType.APPLICATION_JSON)
                        .content(valid("SMS").replace("\"EMAIL\"", "\"SMS\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("channel")));
    }

    @Test
    @DisplayName("PRO-5 the DPO reads campaigns but does not create them")
    void dpoReadsOnly() throws Exception {
        mvc.perform(post("/api/v1/campaigns").with(DPO).contentType(MediaType.APPLICATION_JSON)
                        .content(valid("DPO")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-2 GET …/preview answers eligible, postponed and excluded by rule")
    void preview() throws Exception {
        var id = create(valid("Aperçu " + UUID.randomUUID()));

        mvc.perform(get("/api/v1/campaigns/" + id + "/preview").with(DPO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(notNullValue()))
                .andExpect(jsonPath("$.postponed").value(notNullValue()))
                .andExpect(jsonPath("$.excluded").value(notNullValue()));
    }

    @Test
    @WithMockUser(username = "sonia", roles = "SALES")
    @DisplayName("PRO-2 NESTOR (seed 003): a professional whose job is unrelated to the campaign's subject is excluded "
            + "by PROFESSIONAL_RELEVANCE, with the reason in a sentence and the evidence")
    void unrelatedProfessionalIsExcluded() throws Exception {
        var email = "dev." + UUID.randomUUID().toString().substring(0, 8) + "@startup.example";
        var person = persons.create(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "Marchal",
                "Théo", email, null, null, null, "Startup", "Développeur logiciel", null, null, null,
                "informatique", false)).id();
        var id = create(valid("Nestor " + UUID.randomUUID()));

        mvc.perform(get("/api/v1/campaigns/" + id + "/decisions/" + person).with(DPO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.outcome").value("EXCLUDED"))
                .andExpect(jsonPath("$.rule").value("PROFESSIONAL_RELEVANCE"))
                .andExpect(jsonPath("$.reason").value(not(containsString("PROFESSIONAL_RELEVANCE"))))
                .andExpect(jsonPath("$.reason").value(notNullValue()))
                .andExpect(jsonPath("$.evidence.rule").value("PROFESSIONAL_RELEVANCE"));
    }

    @Test
    @DisplayName("PRO-2 the decision of a person not in the file is 404")
    void unknownPersonIs404() throws Exception {
        var id = create(valid("Inconnu " + UUID.randomUUID()));

        mvc.perform(get("/api/v1/campaigns/" + id + "/decisions/" + UUID.randomUUID()).with(DPO))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/" + UUID.randomUUID()).with(DPO))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PRO-5 the campaigns API is documented in OpenAPI, with its refusals and the request's schema")
    void documented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("dev").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/preview'].get.responses['200']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/decisions/{personId}'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.CampaignRequest.properties.audience").exists())
                .andExpect(jsonPath("$.components.schemas.CampaignAudience.properties.postcodes").exists());
    }
}
