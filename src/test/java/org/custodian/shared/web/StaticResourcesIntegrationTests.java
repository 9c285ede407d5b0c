package org.custodian.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class StaticResourcesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("the style sheet, the script, the favicon and htmx (version-less WebJar path) are served without sign-in")
    void staticFilesAreServedWithoutSignIn() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/app.js")).andExpect(status().isOk());
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("the login page names the favicon")
    void loginPageLinksTheFavicon() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">")));
    }
}
