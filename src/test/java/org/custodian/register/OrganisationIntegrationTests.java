package org.custodian.register;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrganisationIntegrationTests {

    private static final String VALID = """
            {"name": "Maison Lumière SAS", "address": "12 rue des Lilas, 69003 Lyon",
             "registrationNumber": "732 829 320", "dpoName": "Nadia Berger", "dpoEmail": "dpo@maison-lumiere.example",
             "rightsEmail": "droits@maison-lumiere.example"}""";

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("REG-5 the DPO records the controller, the DPO contact and the rights address over the API")
    void dpoUpdatesSettingsOverTheApi() throws Exception {
        mvc.perform(put("/api/v1/organisation").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registrationNumber").value("732829320"))
                .andExpect(jsonPath("$.updatedBy").value("nadia"));
        mvc.perform(get("/api/v1/organisation"))
                .andExpect(jsonPath("$.name").value("Maison Lumière SAS"))
                .andExpect(jsonPath("$.rightsEmail").value("droits@maison-lumiere.example"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("REG-5 a missing DPO contact and a wrong SIREN are refused with a problem naming each field and rule")
    void invalidSettingsAreRefusedWithProblemDetails() throws Exception {
        var invalid = VALID.replace("\"dpo@maison-lumiere.example\"", "\"\"").replace("732 829 320", "732 829 321");
        mvc.perform(put("/api/v1/organisation").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'dpoEmail')].rule").value("NotBlank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'registrationNumber')].rule")
                        .value("FrenchRegistrationNumber"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("REG-5 the settings form shows field errors tied to their inputs")
    void formShowsFieldErrors() throws Exception {
        mvc.perform(post("/organisation").with(csrf())
                        .param("name", "Maison Lumière SAS").param("address", "12 rue des Lilas")
                        .param("dpoName", "").param("dpoEmail", "not-an-email").param("rightsEmail", "droits@example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"dpoName-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"dpoEmail-error\"")))
                .andExpect(content().string(Matchers.containsString("Indiquez le nom du DPO")));
    }

    @Test
    @WithMockUser(roles = "SALES")
    @DisplayName("SEC-2 a sales user cannot read or change the organisation settings")
    void salesIsDenied() throws Exception {
        mvc.perform(get("/organisation")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organisation").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
    }
}
