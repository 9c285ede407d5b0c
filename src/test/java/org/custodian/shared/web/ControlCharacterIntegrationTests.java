package org.custodian.shared.web;

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

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ControlCharacterIntegrationTests {

    private static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("SEC-1 an anonymous sign-in with a null byte in the user name is a failed sign-in, not a 500")
    void signInWithNullByte() throws Exception {
        mvc.perform(post("/login").param("username", "admin" + NUL).param("password", "whatever").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    @DisplayName("SEC-1 a public form field with a null byte answers 400 naming the field")
    void publicFormField() throws Exception {
        mvc.perform(post("/p/forms/{slug}", "any-form").param("lastName", "Mo" + NUL + "rel")
                        .param("email", "morel@example.com"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("lastName")));
    }

    @Test
    @DisplayName("SEC-1 the persons API refuses a null byte in a JSON string with a problem naming the field")
    void personsApi() throws Exception {
        mvc.perform(post("/api/v1/persons").with(user("api-sales").roles("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CUSTOMER\",\"audience\":\"CONSUMER\",\"lastName\":\"Du\\u0000pont\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lastName"))
                .andExpect(jsonPath("$.errors[0].rule").value("SEC-1"));
    }

    @Test
    @DisplayName("SEC-1 the consents API refuses a null byte in a JSON string with a problem naming the field")
    void consentsApi() throws Exception {
        mvc.perform(post("/api/v1/consents").with(user("web-shop").roles("SALES"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + UUID.randomUUID() + "\",\"purpose\":\"x\",\"channel\":\"EMAIL\","
                                + "\"proof\":{\"source\":\"shop\\u0000\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("proof.source"));
    }

    @Test
    @DisplayName("SEC-1 a person search with a null byte answers a 400 page, not a 500")
    void personSearch() throws Exception {
        mvc.perform(get("/persons").param("q", "Du" + NUL).with(user("sales").roles("SALES")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("q")));
    }

    @Test
    @DisplayName("SEC-1 an audit filter with a null byte answers a 400 page, not a 500")
    void auditFilter() throws Exception {
        mvc.perform(get("/audit").param("actor", "adm" + NUL).with(user("dpo").roles("DPO")))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("SEC-1 a person created on the screen with an escape character in a field is refused")
    void personScreen() throws Exception {
        mvc.perform(post("/persons").with(user("sales").roles("SALES")).with(csrf())
                        .param("type", "CUSTOMER").param("audience", "CONSUMER").param("lastName", "Dupont\u001B"))
                .andExpect(status().isBadRequest());
    }
}
