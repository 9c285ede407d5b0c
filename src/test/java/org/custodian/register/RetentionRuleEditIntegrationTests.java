package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The DPO's edit screen for retention rules with an archive stage (RET-2), and the standards' wording shown next to
 * each rule (RET-1).
 */
@IntegrationTest
class RetentionRuleEditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessingRegister register;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreTheStandard() {
        jdbc.sql("""
                UPDATE register_retention_rule SET duration = NULL, trigger_event = 'COLLECTION', end_action = 'DELETE',
                    archive_duration = NULL, archive_trigger = NULL, archive_end_action = NULL, archive_condition = NULL
                WHERE activity_code = 'OPINIONS'""").update();
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("RET-2 the edit screen refuses a rule ending in the archive without a reason, with the message on the field")
    void archiveWithoutConditionIsRefused() throws Exception {
        var before = register.activity("OPINIONS").version();
        mvc.perform(archive("Avis archivés comme preuve", "3", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"retentionRules0.archiveCondition-error\"")))
                .andExpect(content().string(Matchers.containsString(
                        "aria-describedby=\"retentionRules0.archiveCondition-error\"")))
                .andExpect(content().string(Matchers.containsString("Choisissez le motif de l&#39;archivage")));
        assertThat(register.activity("OPINIONS").version()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("RET-2 the edit screen refuses an archive without a period, whatever its reason")
    void archiveWithoutPeriodIsRefused() throws Exception {
        var before = register.activity("OPINIONS").version();
        mvc.perform(archive("Avis archivés comme preuve", "", "EVIDENCE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"retentionRules0.archiveAmount-error\"")));
        assertThat(register.activity("OPINIONS").version()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("RET-2 the DPO sets the archive period, reason and end; the register says it in words")
    void archiveStageIsKeptAndSaid() throws Exception {
        mvc.perform(archive("Avis gardés trois ans comme preuve en cas de litige", "3", "EVIDENCE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/register/activities/OPINIONS"));

        var rule = register.activity("OPINIONS").retentionRules().get(0);
        assertThat(rule)
                .extracting(RetentionRuleView::endAction, RetentionRuleView::archiveDuration,
                        RetentionRuleView::archiveTrigger, RetentionRuleView::archiveCondition,
                        RetentionRuleView::archiveEndAction)
                .containsExactly(EndAction.ARCHIVE, "P3Y", ArchiveTrigger.ARCHIVING, ArchiveCondition.EVIDENCE,
                        EndAction.ANONYMISE);
        assertThat(register.activity("OPINIONS").deviations())
                .contains(new FieldChange("retention.archiveDuration", 1, "", null, "P3Y"));
        mvc.perform(get("/register/activities/OPINIONS"))
                .andExpect(content().string(Matchers.containsString(
                        "archivage intermédiaire 3 ans pour se constituer une preuve en cas de contentieux, puis anonymisation")))
                .andExpect(content().string(Matchers.containsString(
                        "<ins>se constituer une preuve en cas de contentieux</ins>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<ins>EVIDENCE</ins>"))));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("RET-2 the register and its Art. 30 summary say the archive stage: accounting deleted 10 years after the close of the financial year")
    void summarySaysTheArchiveStage() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(content().string(Matchers.containsString(
                        "pour répondre à une obligation légale, jusqu&#39;à 10 ans après la clôture de l&#39;exercice, puis suppression")));
        mvc.perform(get("/register").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString(
                        "intermediate archive to meet a legal obligation, until 10 years after the close of the financial year, then deletion")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("RET-1 the edit screen and the detail page show the standard's exact wording in the reader's language")
    void seedWordingIsShownInTheReadersLanguage() throws Exception {
        mvc.perform(get("/register/activities/PROSPECTING/edit").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString(
                        "CNIL standard on commercial management, § 7: &quot;Personal data relating to a non-customer prospect")));
        mvc.perform(get("/register/activities/PROSPECTING"))
                .andExpect(content().string(Matchers.containsString(
                        "Référentiel CNIL « gestion commerciale », § 7 (traduit de la version anglaise)")));
        mvc.perform(get("/register/activities/OPINIONS"))
                .andExpect(content().string(Matchers.containsString("Les référentiels ne disent rien de ces données")));
    }

    private MockHttpServletRequestBuilder archive(String justification, String archiveAmount, String condition) {
        var activity = register.activity("OPINIONS");
        return post("/register/activities/OPINIONS/edit").with(csrf())
                .param("version", String.valueOf(activity.version()))
                .param("nameFr", activity.name().fr()).param("nameEn", activity.name().en())
                .param("descriptionFr", activity.description().fr()).param("descriptionEn", activity.description().en())
                .param("legalBases[0].basis", "LEGITIMATE_INTEREST")
                .param("legalBases[0].conditionFr", activity.legalBases().get(0).condition().fr())
                .param("legalBases[0].conditionEn", activity.legalBases().get(0).condition().en())
                .param("retentionRules[0].amount", "2")
                .param("retentionRules[0].unit", "YEARS")
                .param("retentionRules[0].trigger", "COLLECTION")
                .param("retentionRules[0].endAction", "ARCHIVE")
                .param("retentionRules[0].archiveAmount", archiveAmount)
                .param("retentionRules[0].archiveUnit", "YEARS")
                .param("retentionRules[0].archiveTrigger", "ARCHIVING")
                .param("retentionRules[0].archiveEndAction", "ANONYMISE")
                .param("retentionRules[0].archiveCondition", condition)
                .param("justification", justification);
    }
}
