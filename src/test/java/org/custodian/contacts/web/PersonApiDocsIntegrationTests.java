package org.custodian.contacts.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PersonApiDocsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("CON-1 the OpenAPI document lists the persons endpoints with their schemas")
    void documentsPersonsApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("dev").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/persons'].get.summary").value("Search and list persons"))
                .andExpect(jsonPath("$.paths['/api/v1/persons'].get.parameters[*].name", hasItem("consentEmail")))
                .andExpect(jsonPath("$.paths['/api/v1/persons/export'].get.responses['200'].content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons'].post.responses['400'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}'].delete").exists())
                .andExpect(jsonPath("$.components.schemas.PersonRequest.properties.accountingCode").exists())
                .andExpect(jsonPath("$.components.schemas.PersonRequest.required", hasItem("lastName")))
                .andExpect(jsonPath("$.components.schemas.Person.properties.internalCode.readOnly").value(true))
                .andExpect(jsonPath("$.components.schemas.PersonPage.properties.totalElements").exists());
    }
}
