package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * REG-4: internal services, processors, partners and transfers outside the EU.
 */
@IntegrationTest
class RecipientsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Recipients recipients;

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-4 the DPO records a processor with its Art. 28 clauses, last audit and return/destruction terms")
    void dpoRecordsProcessor() throws Exception {
        var name = "Routeur " + UUID.randomUUID();
        mvc.perform(post("/register/recipients/processors").with(csrf())
                        .param("name", name).param("service", "Envoi des courriels")
                        .param("clauses", "DOCUMENTED_INSTRUCTIONS", "CONFIDENTIALITY", "SECURITY")
                        .param("lastAudit", "2026-03-12")
                        .param("returnDestruction", "Destruction sous 30 jours, attestation écrite"))
                .andExpect(status().is3xxRedirection());
        var processor = recipients.processors().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(processor.clauses()).containsExactlyInAnyOrder(Art28Clause.DOCUMENTED_INSTRUCTIONS,
                Art28Clause.CONFIDENTIALITY, Art28Clause.SECURITY);
        assertThat(processor.missingClauses()).contains(Art28Clause.DELETE_OR_RETURN, Art28Clause.AUDITS).hasSize(5);
        assertThat(processor.lastAudit()).hasToString("2026-03-12");
        mvc.perform(get("/register/recipients"))
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("5 clause(s) manquante(s)")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-4 a processor without return/destruction terms is refused with a message on the field")
    void processorNeedsReturnTerms() throws Exception {
        mvc.perform(post("/register/recipients/processors").with(csrf())
                        .param("name", "Sans clause").param("service", "Hébergement").param("returnDestruction", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"returnDestruction-error\"")))
                .andExpect(content().string(Matchers.containsString("conditions de restitution et de destruction")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-4 the DPO records a partner with its sector and purpose, then edits and removes it")
    void partnerLifecycle() throws Exception {
        var name = "Partenaire " + UUID.randomUUID();
        var id = recipients.savePartner(null, new RecipientEntries.Partner(name, "Voyages", "Offres de séjours"));
        mvc.perform(post("/register/recipients/partners").with(csrf()).param("id", String.valueOf(id))
                        .param("name", name).param("sector", "Tourisme").param("purpose", "Offres de séjours"))
                .andExpect(status().is3xxRedirection());
        assertThat(recipients.partners()).filteredOn(p -> p.id() == id).singleElement()
                .extracting(PartnerView::sector).isEqualTo("Tourisme");
        mvc.perform(post("/register/recipients/partners/{id}/delete", id).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(recipients.partners()).noneMatch(p -> p.id() == id);
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-4 a transfer outside the EU names its country and mechanism")
    void transferWithMechanism() throws Exception {
        var recipient = "Support " + UUID.randomUUID();
        mvc.perform(post("/register/recipients/transfers").with(csrf()).param("recipient", recipient)
                        .param("country", "Maroc").param("mechanism", "STANDARD_CLAUSES")
                        .param("detail", "Clauses types 2021/914, module 2"))
                .andExpect(status().is3xxRedirection());
        assertThat(recipients.transfers()).filteredOn(t -> t.recipient().equals(recipient)).singleElement()
                .extracting(TransferView::country, TransferView::mechanism)
                .containsExactly("Maroc", TransferMechanism.STANDARD_CLAUSES);
        mvc.perform(post("/register/recipients/transfers").with(csrf()).param("recipient", recipient).param("country", "Maroc"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"mechanism-error\"")));
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("REG-4 an internal service is recorded by role")
    void internalServiceByRole() throws Exception {
        var name = "Service client " + UUID.randomUUID();
        mvc.perform(post("/register/recipients/internal-services").with(csrf()).param("name", name)
                        .param("role", "SUPPORT").param("purpose", "Réclamations et service après-vente"))
                .andExpect(status().is3xxRedirection());
        assertThat(recipients.internalServices()).filteredOn(s -> s.name().equals(name)).singleElement()
                .extracting(InternalServiceView::role).isEqualTo("SUPPORT");
        mvc.perform(get("/register/recipients/internal-services/new")).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("SEC-2 the administrator reads the recipients but only the DPO changes them")
    void adminReadsOnly() throws Exception {
        mvc.perform(get("/register/recipients")).andExpect(status().isOk());
        mvc.perform(post("/register/recipients/partners").with(csrf()).param("name", "X").param("sector", "Y")
                .param("purpose", "Z")).andExpect(status().isForbidden());
    }
}
