package org.custodian.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PublicAddressScreenIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @DisplayName("issue 8 §2 an address set by CUSTODIAN_PUBLIC_URL is shown as such, without banner nor form")
    void configuredAddressNeedsNoConfirmation() throws Exception {
        mvc.perform(get("/admin/public-address"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("CUSTODIAN_PUBLIC_URL : http://localhost:8080")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("public-address-banner"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"url\""))));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @DisplayName("issue 8 §2 a configured address is not changed from the screen")
    void configuredAddressIsNotChangedFromTheScreen() throws Exception {
        mvc.perform(post("/admin/public-address").with(csrf()).param("url", "https://elsewhere.example"))
                .andExpect(redirectedUrl("/admin/public-address"));
        mvc.perform(get("/admin/public-address"))
                .andExpect(content().string(Matchers.containsString("http://localhost:8080")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("elsewhere.example"))));
    }
}
