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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The DPO's edit screen for what the register adds to the standards (REG-1, REG-2): the choice of one basis where the
 * standard leaves it open, the categories of data subjects, and sensitive data as a justified opt-in.
 */
@IntegrationTest
class RegisterInformationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessingRegister register;

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-1 the edit screen shows the standard's guidance on an open basis and offers \"to be chosen\"")
    void editScreenShowsGuidance() throws Exception {
        mvc.perform(get("/register/activities/UNPAID_EXCLUSION/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ce que dit le référentiel (non publié)")))
                .andExpect(content().string(Matchers.containsString("22.2.a")))
                .andExpect(content().string(Matchers.containsString("À choisir")))
                .andExpect(content().string(Matchers.containsString("Bases possibles selon le référentiel : "
                        + "Exécution du contrat, Intérêt légitime")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-2 the DPO records the categories of data subjects, and which come from a third party")
    void dpoRecordsDataSubjects() throws Exception {
        mvc.perform(edit("CUSTOMER_STUDIES", "Panel recruté par un institut")
                        .param("subjects", "CUSTOMERS", "PROSPECTS").param("indirectSubjects", "PROSPECTS")
                        .param("dataSourceFr", "Panel d'un institut d'études").param("dataSourceEn", "A research panel"))
                .andExpect(status().is3xxRedirection());

        var activity = register.activity("CUSTOMER_STUDIES");
        assertThat(activity.subjects()).extracting(SubjectView::code, SubjectView::indirect)
                .containsExactly(tuple("CUSTOMERS", false),
                        tuple("PROSPECTS", true));
        assertThat(activity.information().dataSource().fr()).isEqualTo("Panel d'un institut d'études");
        mvc.perform(get("/register/activities/CUSTOMER_STUDIES"))
                .andExpect(content().string(Matchers.containsString("données recueillies auprès d&#39;un tiers")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-1 (000 §5) sensitive data on contract management is an opt-in the DPO must justify in writing")
    void sensitiveDataNeedsJustification() throws Exception {
        var version = register.activity("CONTRACT_MANAGEMENT").version();
        mvc.perform(edit("CONTRACT_MANAGEMENT", "Vente de chaussures orthopédiques").param("sensitiveData", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Justifiez par écrit pourquoi les biens")));
        assertThat(register.activity("CONTRACT_MANAGEMENT").version()).isEqualTo(version);

        mvc.perform(edit("CONTRACT_MANAGEMENT", "Vente de chaussures orthopédiques").param("sensitiveData", "true")
                        .param("sensitiveJustification", "Pointure et pathologie du pied, avec consentement"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.activity("CONTRACT_MANAGEMENT").dataCategories()).filteredOn(DataCategoryView::sensitive)
                .singleElement()
                .satisfies(category -> assertThat(category.note().fr()).contains("Pointure"));

        mvc.perform(edit("CONTRACT_MANAGEMENT", "Fin de la vente orthopédique").param("sensitiveData", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.activity("CONTRACT_MANAGEMENT").hasSensitiveData()).isFalse();
    }

    private MockHttpServletRequestBuilder edit(String code, String justification) {
        var activity = register.activity(code);
        var request = post("/register/activities/" + code + "/edit").with(csrf())
                .param("version", String.valueOf(activity.version()))
                .param("nameFr", activity.name().fr()).param("nameEn", activity.name().en())
                .param("descriptionFr", activity.description().fr()).param("descriptionEn", activity.description().en())
                .param("justification", justification);
        for (var row = 0; row < activity.legalBases().size(); row++) {
            var basis = activity.legalBases().get(row);
            request.param("legalBases[" + row + "].basis", basis.isOpen() ? "" : basis.basis().name())
                    .param("legalBases[" + row + "].conditionFr", orEmpty(basis.condition().fr()))
                    .param("legalBases[" + row + "].conditionEn", orEmpty(basis.condition().en()));
        }
        for (var row = 0; row < activity.retentionRules().size(); row++) {
            var rule = activity.retentionRules().get(row);
            var period = ActivityChange.RetentionRow.of(rule);
            request.param("retentionRules[" + row + "].amount", period.amount() == null ? "" : period.amount().toString())
                    .param("retentionRules[" + row + "].unit", period.unit().name())
                    .param("retentionRules[" + row + "].trigger", rule.trigger().name())
                    .param("retentionRules[" + row + "].endAction", rule.endAction().name());
            if (rule.archives()) {
                request.param("retentionRules[" + row + "].archiveAmount", period.archiveAmount().toString())
                        .param("retentionRules[" + row + "].archiveUnit", period.archiveUnit().name())
                        .param("retentionRules[" + row + "].archiveTrigger", rule.archiveTrigger().name())
                        .param("retentionRules[" + row + "].archiveEndAction", rule.archiveEndAction().name())
                        .param("retentionRules[" + row + "].archiveCondition", rule.archiveCondition().name());
            }
        }
        return request;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
