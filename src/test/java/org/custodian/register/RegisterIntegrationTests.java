package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The register's screens and API. Edits go to the OPINIONS activity and are undone after each test, so that the
 * comparison with the standards (RegisterStandardsIntegrationTests) holds whatever the order.
 */
@IntegrationTest
class RegisterIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessingRegister register;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreTheStandard() {
        // Puts the preloaded values back (the kept versions stay: they are the point of REG-1).
        jdbc.sql("UPDATE register_activity SET name_fr = 'Gestion des avis' WHERE code = 'OPINIONS'").update();
        jdbc.sql("UPDATE register_retention_rule SET duration = NULL, trigger_event = 'COLLECTION', end_action = 'DELETE' WHERE activity_code = 'OPINIONS'").update();
        jdbc.sql("UPDATE register_legal_basis SET basis = 'LEGITIMATE_INTEREST' WHERE activity_code = 'OPINIONS'").update();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("REG-1 the register lists every activity with its bases, retention summary and deviations")
    void listShowsActivities() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Exclusion pour impayé")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">UNPAID_EXCLUSION<"))))
                .andExpect(content().string(Matchers.containsString("Prospection commerciale")))
                .andExpect(content().string(Matchers.containsString("3 ans à compter de : la collecte ou le dernier contact émanant de la personne")))
                .andExpect(content().string(Matchers.containsString("48 heures à compter de : la régularisation")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-1 the detail page shows the bases with their channel, the retention rules and the versions")
    void detailShowsEverything() throws Exception {
        mvc.perform(get("/register/activities/PROSPECTING").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("art. L. 34-5 CPCE")))
                .andExpect(content().string(Matchers.containsString("<td>collection or the last contact from the person (opening an e-mail is not one)</td>")))
                .andExpect(content().string(Matchers.containsString("<td>deletion</td>")))
                .andExpect(content().string(Matchers.containsString("Values preloaded from the standard")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-1 a change without a written justification is refused with a message on the field")
    void changeWithoutJustificationIsRefused() throws Exception {
        var before = register.activity("OPINIONS").version();
        mvc.perform(edit("").param("retentionRules[0].amount", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"justification-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"justification-error\"")))
                .andExpect(content().string(Matchers.containsString("Justifiez par écrit")));
        assertThat(register.activity("OPINIONS").version()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("RET-1 a retention period is chosen as a number and a unit, never typed as ISO-8601")
    void periodIsANumberAndAUnit() throws Exception {
        mvc.perform(get("/register/activities/PROSPECTING/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "id=\"retentionRules0.amount\" name=\"retentionRules[0].amount\" value=\"3\"")))
                .andExpect(content().string(Matchers.containsString("<option value=\"YEARS\" selected=\"selected\">ans</option>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("P3Y"))));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("RET-1 a number out of its unit's range is refused with a message on the number")
    void numberOutOfRangeIsRefused() throws Exception {
        var before = register.activity("OPINIONS").version();
        mvc.perform(edit("Nos avis sont modérés puis supprimés après deux ans").param("retentionRules[0].amount", "101"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"retentionRules0.amount-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"retentionRules0.amount-error\"")))
                .andExpect(content().string(Matchers.containsString("Saisissez un nombre entier d&#39;années, de 1 à 100.")));
        mvc.perform(edit("Nos avis sont modérés puis supprimés").param("retentionRules[0].amount", "0"))
                .andExpect(content().string(Matchers.containsString("id=\"retentionRules0.amount-error\"")));
        assertThat(register.activity("OPINIONS").version()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("REG-1 a justified change is kept as a new version showing who, when, why and what changed")
    void justifiedChangeIsVersioned() throws Exception {
        var justification = "Avis supprimés après deux ans " + UUID.randomUUID();
        var before = register.activity("OPINIONS").version();
        mvc.perform(edit(justification).param("retentionRules[0].amount", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/register/activities/OPINIONS"));

        var after = register.activity("OPINIONS");
        assertThat(after.version()).isEqualTo(before + 1);
        assertThat(after.retentionRules().get(0).duration()).isEqualTo("P2Y");
        assertThat(after.deviations())
                .contains(new FieldChange("retention.duration", 1, "", null, "P2Y"));
        assertThat(after.information().provision().isPresent()).isTrue();
        var versions = register.versions("OPINIONS");
        assertThat(versions.get(0).version()).isEqualTo(1);
        assertThat(versions.get(versions.size() - 1))
                .satisfies(version -> assertThat(version.changedBy()).isEqualTo("nadia"))
                .satisfies(version -> assertThat(version.justification()).isEqualTo(justification))
                .satisfies(version -> assertThat(version.changes())
                        .contains(new FieldChange("retention.duration", 1, "", null, "P2Y")));
        mvc.perform(get("/register/activities/OPINIONS"))
                .andExpect(content().string(Matchers.containsString(justification)))
                .andExpect(content().string(Matchers.containsString("Durée de la règle n° 1")))
                .andExpect(content().string(Matchers.containsString("<ins>2 ans</ins>")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-1 a change made on an outdated version is refused so that no change is lost")
    void outdatedVersionIsRefused() throws Exception {
        var current = register.activity("OPINIONS").version();
        mvc.perform(edit("Deuxième onglet resté ouvert", current - 1))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("a modifié cette activité entre-temps")));
        assertThat(register.activity("OPINIONS").version()).isEqualTo(current);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("SEC-2 the administrator reads the register but cannot change it")
    void adminCannotEdit() throws Exception {
        mvc.perform(get("/register/activities/OPINIONS/edit")).andExpect(status().isForbidden());
        mvc.perform(edit("Essai")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "SALES")
    @DisplayName("SEC-2 a sales user cannot read the register")
    void salesIsDenied() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/register/activities")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("REG-1 the API lists the activities with structured retention rules")
    void apiListsActivities() throws Exception {
        mvc.perform(get("/api/v1/register/activities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'UNPAID_RECORDING')].retentionRules[0].duration").value("PT48H"))
                .andExpect(jsonPath("$[?(@.code == 'UNPAID_RECORDING')].retentionRules[0].trigger").value("REGULARISATION"));
        mvc.perform(get("/api/v1/register/activities/PROSPECTING"))
                .andExpect(jsonPath("$.legalBases[0].basis").value("CONSENT"))
                .andExpect(jsonPath("$.retentionRules[0].endAction").value("DELETE"));
        mvc.perform(get("/api/v1/register/activities/NO_SUCH_THING")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("REG-1 the register API is documented in OpenAPI")
    void apiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/register/activities'].get.summary").value("List the processing activities"));
    }

    private MockHttpServletRequestBuilder edit(String justification) {
        return edit(justification, register.activity("OPINIONS").version());
    }

    private MockHttpServletRequestBuilder edit(String justification, int version) {
        var activity = register.activity("OPINIONS");
        return post("/register/activities/OPINIONS/edit").with(csrf())
                .param("version", String.valueOf(version))
                .param("nameFr", activity.name().fr()).param("nameEn", activity.name().en())
                .param("descriptionFr", activity.description().fr()).param("descriptionEn", activity.description().en())
                .param("legalBases[0].basis", "LEGITIMATE_INTEREST")
                .param("legalBases[0].conditionFr", activity.legalBases().get(0).condition().fr())
                .param("legalBases[0].conditionEn", activity.legalBases().get(0).condition().en())
                .param("retentionRules[0].unit", "YEARS")
                .param("retentionRules[0].trigger", "COLLECTION")
                .param("retentionRules[0].endAction", "DELETE")
                .param("justification", justification);
    }
}
