package org.custodian.prospecting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * PRO-3: the suppression list's screen and API — look an address up without ever listing one, add an opposition with
 * its reason, refusals field by field, audited.
 */
@IntegrationTest
class SuppressionScreensIntegrationTests {

    private static final RequestPostProcessor MARKETING = user("hugo").roles("MARKETING");
    private static final RequestPostProcessor SHOP = user("api:boutique").roles("SALES");

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private static String address() {
        return "ecran." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    @DisplayName("PRO-3 an opposition added on the screen is found by the look-up, and the list shows no address")
    void addThenLookUp() throws Exception {
        var email = address();

        mvc.perform(post("/prospecting/suppressions").with(MARKETING).with(csrf()).param("email", email)
                        .param("channel", "EMAIL").param("reason", "courrier reçu le 3 mars"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("added", 1));

        mvc.perform(post("/prospecting/suppressions/lookup").with(MARKETING).with(csrf())
                        .param("email", email.toUpperCase(Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("figure sur la liste d’opposition")))
                .andExpect(content().string(containsString("courrier reçu le 3 mars")));
        mvc.perform(get("/prospecting/suppressions").with(MARKETING))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(email))));
    }

    @Test
    @DisplayName("PRO-3 an address not on the list is said so")
    void lookUpAnUnknownAddress() throws Exception {
        mvc.perform(post("/prospecting/suppressions/lookup").with(MARKETING).with(csrf()).param("email", address()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne figure pas sur la liste")));
    }

    @Test
    @DisplayName("PRO-3 a malformed address is refused next to its field")
    void malformedAddressIsRefusedOnItsField() throws Exception {
        mvc.perform(post("/prospecting/suppressions").with(MARKETING).with(csrf()).param("email", "pas-une-adresse")
                        .param("channel", "ALL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("Cette adresse électronique n’est pas valide.")));
    }

    @Test
    @DisplayName("SEC-3 PRO-3 a look-up is audited as a read of the list, without the address")
    void lookUpIsAudited() throws Exception {
        var email = address();

        mvc.perform(post("/prospecting/suppressions/lookup").with(user("audit-" + email.substring(6, 14))
                .roles("DPO")).with(csrf()).param("email", email)).andExpect(status().isOk());
        audit.flush();

        var entries = jdbc.sql("SELECT action || '|' || COALESCE(detail, '') FROM audit_entry WHERE actor = ? "
                        + "AND resource_type = 'suppression' AND action = 'READ'")
                .param("audit-" + email.substring(6, 14)).query(String.class).list();
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry).startsWith("READ|look-up")
                .doesNotContain(email));
    }

    @Test
    @DisplayName("PRO-3 the API records an unsubscription and answers the entries without the address")
    void apiRecordsAnOpposition() throws Exception {
        var email = address();

        mvc.perform(post("/api/v1/suppressions").with(SHOP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"channel\":\"EMAIL\",\"source\":\"UNSUBSCRIBE_LINK\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entries[0].channel").value("EMAIL"))
                .andExpect(jsonPath("$.entries[0].source").value("UNSUBSCRIBE_LINK"))
                .andExpect(content().string(not(containsString(email))));
        mvc.perform(post("/api/v1/suppressions/lookup").with(SHOP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.listed").value(true));
    }

    @Test
    @DisplayName("PRO-3 the API refuses an unknown property and an unknown channel as problem details, field by field")
    void apiRefusesAsProblems() throws Exception {
        mvc.perform(post("/api/v1/suppressions").with(SHOP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mail\":\"x@example.org\",\"channel\":\"EMAIL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("mail"));
        mvc.perform(post("/api/v1/suppressions").with(SHOP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + address() + "\",\"channel\":\"FAX\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        mvc.perform(post("/api/v1/suppressions").with(SHOP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"pas-une-adresse\",\"channel\":\"ALL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    @DisplayName("PRO-3 the suppression API is documented in OpenAPI with its problem answers")
    void apiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("dev").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/suppressions'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/suppressions/lookup'].post.responses['200']").exists());
    }
}
