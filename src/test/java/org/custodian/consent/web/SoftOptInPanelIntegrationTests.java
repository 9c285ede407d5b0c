package org.custodian.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.HowGiven;
import org.custodian.consent.SoftOptInEvidence;
import org.custodian.consent.StaffStatement;
import org.custodian.consent.ConsentStatus;
import org.custodian.consent.SoftOptInStatus;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 §1: customer service records on the person page that a customer's address was collected at a sale, and how
 * they were offered to object; the panel says where the person stands in words.
 */
@IntegrationTest
@WithMockUser(username = "camille", roles = "SUPPORT")
class SoftOptInPanelIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("PRO-2 staff record a sale where the customer could object by a box on the order form and did not; "
            + "the panel says so in words")
    void recordsAndShowsInWords() throws Exception {
        var id = person();
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        mvc.perform(post("/consents/persons/{id}/soft-opt-in", id).with(csrf()).header("HX-Request", "true")
                        .param("channel", "EMAIL").param("saleReference", "BC-7781").param("collectedOn", today.toString())
                        .param("how", "IN_PERSON").param("details", "magasin de Nantes")
                        .param("oppositionOffered", "true").param("oppositionHow", "case à cocher sur le bon de commande"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Preuve enregistrée : la personne peut recevoir des offres"),
                        Matchers.containsString("Prospection possible pour des produits analogues"),
                        Matchers.containsString("E-mail recueilli(e) auprès de la personne lors de la vente BC-7781 du "
                                + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                        Matchers.containsString("case à cocher sur le bon de commande"),
                        Matchers.containsString("elle ne s&#39;y est pas opposée"),
                        Matchers.containsString("magasin de Nantes"),
                        Matchers.not(Matchers.containsString("VALID")))));

        assertThat(ledger.softOptIns(id)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(SoftOptInStatus.VALID));
    }

    @Test
    @DisplayName("PRO-2 an opposition ticked at the sale shows as such and as an objection; a plain post comes back to "
            + "the person page")
    void oppositionShows() throws Exception {
        var id = person();
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        mvc.perform(post("/consents/persons/{id}/soft-opt-in", id).with(csrf())
                        .param("channel", "SMS").param("saleReference", "BC-7782").param("collectedOn", today.toString())
                        .param("how", "IN_PERSON").param("details", "magasin de Nantes")
                        .param("oppositionOffered", "true").param("oppositionHow", "case sur le bon de commande")
                        .param("opposed", "true"))
                .andExpect(redirectedUrl("/persons/" + id));

        assertThat(ledger.current(id)).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.OBJECTED));
        mvc.perform(get("/consents/persons/{id}", id).header("HX-Request", "true"))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Opposition lors de la vente"),
                        Matchers.containsString("elle s&#39;y est opposée"))));
    }

    @Test
    @DisplayName("PRO-1 PRO-2 the proof exports (JSON and PDF) hold the soft opt-in evidence")
    void proofExportsHoldTheEvidence() throws Exception {
        var id = person();
        ledger.recordSoftOptIn(SoftOptInEvidence.byStaff(id, Channel.EMAIL, "BC-7783", null,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), true, "case sur le bon", false,
                new StaffStatement(HowGiven.IN_PERSON, "magasin de Nantes")));

        mvc.perform(get("/consents/persons/{id}/proofs.json", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.softOptIns[0].saleReference").value("BC-7783"))
                .andExpect(jsonPath("$.softOptIns[0].oppositionHow").value("case sur le bon"));
        mvc.perform(get("/consents/persons/{id}/proofs.pdf", id))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
    }

    @Test
    @DisplayName("PRO-2 a record without the sale, the day, how the address was collected or how the opposition was "
            + "offered is refused field by field; nothing is recorded")
    void refusedFieldByField() throws Exception {
        var id = person();

        mvc.perform(post("/consents/persons/{id}/soft-opt-in", id).with(csrf()).header("HX-Request", "true")
                        .param("channel", "EMAIL").param("saleReference", " ").param("collectedOn", "2030-13-01")
                        .param("details", "").param("oppositionOffered", "true").param("oppositionHow", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Rien n&#39;a été enregistré"),
                        Matchers.containsString("Indiquez le numéro de commande ou de facture"),
                        Matchers.containsString("Indiquez la date de la vente"),
                        Matchers.containsString("Indiquez comment l&#39;adresse a été recueillie."),
                        Matchers.containsString("Indiquez comment la personne a pu s&#39;opposer"))));

        assertThat(ledger.softOptIns(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "hugo", roles = "MARKETING")
    @DisplayName("PRO-2 marketing reads the evidence but has no form to record it")
    void marketingReadsOnly() throws Exception {
        var id = person();

        mvc.perform(get("/consents/persons/{id}", id).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Aucune preuve d&#39;adresse recueillie lors d&#39;une vente."),
                        Matchers.not(Matchers.containsString(id + "/soft-opt-in")))));
    }

    private UUID person() {
        var email = "panel." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Comptoir", "Anne", email,
                "06 12 34 56 78", null, null, null, null, null, null, null)).id().value();
    }
}
