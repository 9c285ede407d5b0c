package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-7: the checklist of 000 §10. Decisions are made on measure 2 (IT charter) and undone after each test.
 */
@IntegrationTest
class SecurityChecklistIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityChecklist checklist;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void undo() {
        jdbc.sql("UPDATE register_security_measure SET status = 'TO_DO', justification = NULL, owner = NULL, updated_at = NULL, updated_by = NULL WHERE id = 2").update();
    }

    @Test
    @DisplayName("SEC-7 the measures of the 000 §10 table are preloaded in order, in French and English")
    void measuresOfTheTable() {
        var measures = checklist.measures();
        // 000 §10 table: 17 categories, 53 measures
        assertThat(measures).hasSize(53);
        assertThat(measures).extracting(m -> m.category().en(), m -> m.measure().en())
                .contains(
                        tuple("Educate users", "Inform and educate people accessing the data."),                // 000 §10 row 1
                        tuple("Authenticate users", "Define an identifier (login) specific to each user."),     // 000 §10
                        tuple("Manage authorizations", "Carry out an annual review of authorizations."),       // 000 §10
                        tuple("Securing websites", "Use the TLS protocol and verify its implementation."),     // 000 §10
                        tuple("Use cryptographic functions", "Store secrets and cryptographic keys securely.")); // last row
        // 001 §10 gives the French wording of the same table
        assertThat(measures.get(3).measure().fr())
                .isEqualTo("Adopter une politique de mot de passe utilisateur conforme aux recommandations de la CNIL.");
    }

    @Test
    @DisplayName("SEC-7 the measures Custodian implements say which feature does it, and still wait for the DPO")
    void custodianMeasuresAreFlaggedButToDo() {
        var flagged = checklist.measures().stream().filter(m -> m.implementedBy().isPresent()).toList();
        assertThat(flagged).extracting(m -> m.measure().en()).containsExactly(
                "Define an identifier (login) specific to each user.",
                "Adopt a user password policy in accordance with the recommendations of the CNIL.",
                "Force user to change password after reset.",
                "Do not store passwords in plain text.",
                "Limit the number of attempts to access an account.",
                "Define authorization profiles.",
                "Carry out an annual review of authorizations.",
                "Provide a logging system.",
                "Inform users of the implementation of the logging system.",
                "Provide an automatic session locking procedure.",
                "Use the TLS protocol and verify its implementation.",
                "Check that no password or username is embedded in the URLs.",
                "Check that user input matches what is expected.");
        assertThat(checklist.measure(1).status()).isEqualTo(MeasureStatus.TO_DO);
        assertThat(checklist.measure(3).implementedBy().fr()).startsWith("Custodian");
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-7 'not applicable' without a justification is refused with a message on the field")
    void notApplicableNeedsJustification() throws Exception {
        mvc.perform(post("/register/security-measures/2").with(csrf()).param("status", "NOT_APPLICABLE").param("justification", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"justification-error\"")))
                .andExpect(content().string(Matchers.containsString("Justifiez ce statut")));
        assertThat(checklist.measure(2).status()).isEqualTo(MeasureStatus.TO_DO);
    }

    @Test
    @WithMockUser(username = "nadia", roles = "DPO")
    @DisplayName("SEC-7 the DPO records an equivalent measure with its justification and owner")
    void dpoRecordsEquivalentMeasure() throws Exception {
        mvc.perform(post("/register/security-measures/2").with(csrf()).param("status", "EQUIVALENT")
                        .param("justification", "Règles d'usage annexées au règlement intérieur").param("owner", "DRH"))
                .andExpect(status().is3xxRedirection());
        assertThat(checklist.measure(2))
                .extracting(SecurityMeasureView::status, SecurityMeasureView::justification, SecurityMeasureView::owner,
                        SecurityMeasureView::updatedBy)
                .containsExactly(MeasureStatus.EQUIVALENT, "Règles d'usage annexées au règlement intérieur", "DRH", "nadia");
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("SEC-7 the checklist screen filters by status and text")
    void screenFilters() throws Exception {
        mvc.perform(get("/register/security-measures").param("q", "pare-feu").param("status", "TO_DO"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Installer un « pare-feu » (firewall) logiciel.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Chiffrer les données avant leur envoi."))));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("SEC-2 the checklist is the DPO's")
    void adminIsDenied() throws Exception {
        mvc.perform(get("/register/security-measures")).andExpect(status().isForbidden());
    }
}
