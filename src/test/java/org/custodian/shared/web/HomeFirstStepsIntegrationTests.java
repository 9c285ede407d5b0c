package org.custodian.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.custodian.register.ProcessingRegister;
import org.custodian.testing.IntegrationTest;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HomeFirstStepsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessingRegister register;

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    /** The first steps' list as HTML, empty when the page has none. */
    private String steps() throws Exception {
        var page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        var start = page.indexOf("id=\"first-steps\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</ol>", start));
    }

    private static List<String> links(String html) {
        return HREF.matcher(html).results().map(match -> match.group(1)).toList();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @DisplayName("issue 8 §2 the administrator's home lists the first steps, each with its state and a link he may open")
    void administratorSeesTheFirstStepsWithLinks() throws Exception {
        var steps = steps();

        assertThat(links(steps)).containsExactly("/admin/public-address", "/organisation", "/admin/users", "/register",
                "/notices");
        assertThat(steps.split("<li ")).hasSize(6);
        assertThat(steps).contains("Adresse publique confirmée");
    }

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("issue 8 §2 the DPO sees the steps too, without a link to the screens of the administrator")
    void dpoSeesOnlyLinksTheRoleMayOpen() throws Exception {
        var steps = steps();

        assertThat(links(steps)).containsExactly("/organisation", "/register", "/notices");
        assertThat(steps).containsAnyOf("Comptes des utilisateurs créés", "(à faire par : Administrateur)")
                .doesNotContain(">ADMIN");
    }

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("issue 8 §2 the retention step counts the periods still to be set in the register")
    void retentionStepCountsTheUnfixedPeriods() throws Exception {
        var unfixed = register.activities().stream().flatMap(activity -> activity.retentionRules().stream())
                .filter(rule -> !rule.isFixed()).count();

        assertThat(steps()).contains(unfixed == 0 ? "Durées de conservation fixées"
                : unfixed == 1 ? "Fixer la durée de conservation restée à définir dans le registre"
                        : "Fixer les " + unfixed + " durées de conservation restées à définir dans le registre");
    }

    @Test
    @WithMockUser(username = "camille", roles = "SALES")
    @DisplayName("issue 8 §2 a sales user's home has no setting-up steps")
    void salesSeeNoFirstSteps() throws Exception {
        assertThat(steps()).isEmpty();
    }

    @Test
    @WithMockUser(username = "hugo", roles = "MARKETING")
    @DisplayName("issue 8 §2 the forms page gives MARKETING no link to the notice screen, which its role may not open")
    void marketingGetsNoLinkItMayNotOpen() throws Exception {
        var page = mvc.perform(get("/notices/forms")).andReturn().getResponse().getContentAsString();

        assertThat(links(page)).doesNotContain("/notices");
    }
}
