package org.custodian.rights.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequests;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** DSR-1 — a late request is red everywhere it appears, the DPO's home page included, and said in words. */
@IntegrationTest
class RightsHomeCardIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RightsRequests requests;

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("DSR-1 the DPO's home page shows the late requests in red and in words, with a link to the late list")
    void homeCardShowsLateRequests() throws Exception {
        requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.LETTER,
                requests.today().minusMonths(2), null, null, "Tardif" + UUID.randomUUID(), null, null, null));

        mvc.perform(get("/").with(user("nadia").roles("DPO"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("card-alert")))
                .andExpect(content().string(containsString("href=\"/rights?filter=LATE\"")))
                .andExpect(content().string(matchesPattern("(?s).*class=\"card-late\">\\d+ demandes? en retard.*")));
    }

    @Test
    @DisplayName("DSR-1 the rights card is the DPO's only")
    void homeCardForTheDpoOnly() throws Exception {
        mvc.perform(get("/").with(user("camille").roles("SALES"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Demandes de droits"))));
    }
}
