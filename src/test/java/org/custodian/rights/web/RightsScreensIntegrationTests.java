package org.custodian.rights.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequestView;
import org.custodian.rights.RightsRequests;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** DSR-1, DSR-2: the DPO's screens of the rights requests, and customer service's entry of a letter or a call. */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class RightsScreensIntegrationTests {

    private static final RequestPostProcessor DPO = user("nadia").roles("DPO");
    private static final RequestPostProcessor SUPPORT = user("camille").roles("SUPPORT");

    @Autowired
    MockMvc mvc;
    @Autowired
    RightsRequests requests;
    @Autowired
    Persons persons;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String lastName = "Courrier" + tag;

    private RightsRequestView received(LocalDate receivedOn) {
        return requests.create(new NewRightsRequest(RightsKind.ERASURE, RequestChannel.LETTER, receivedOn,
                "courrier." + tag + "@example.org", "Léa", lastName, "44000", null, "Effacez mes données."));
    }

    @Test
    @DisplayName("DSR-1 a late request is shown in red and said late in words, in the late view")
    void lateRequestInTheList() throws Exception {
        received(requests.today().minusMonths(2));

        mvc.perform(get("/rights").param("filter", "LATE").param("q", lastName).with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("request-late"), containsString("En retard de"),
                        containsString(lastName.toUpperCase(Locale.FRENCH)), containsString("aria-current=\"page\""))));
    }

    @Test
    @DisplayName("DSR-1 the list in English says the deadline in words too")
    void listInEnglish() throws Exception {
        received(requests.today().minusMonths(2));

        mvc.perform(get("/rights").param("filter", "ALL").param("q", lastName).param("lang", "en").with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("days late"), containsString("Due this week"))));
    }

    @Test
    @DisplayName("DSR-1 customer service records a letter with its date of receipt and is told the deadline; it does not "
            + "see the request afterwards")
    void supportRecordsALetter() throws Exception {
        var receivedOn = requests.today().minusDays(4);

        mvc.perform(post("/rights").with(SUPPORT).with(csrf()).param("kind", "ACCESS").param("channel", "LETTER")
                        .param("receivedOn", receivedOn.toString()).param("lastName", lastName)
                        .param("firstNames", "Léa").param("message", "Lettre reçue ce jour"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/rights/new"))
                .andExpect(flash().attributeExists("recordedDeadline"));
        mvc.perform(get("/rights").with(SUPPORT)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("DSR-1 the DPO records a call and lands on the request")
    void dpoRecordsACall() throws Exception {
        mvc.perform(post("/rights").with(DPO).with(csrf()).param("kind", "OBJECTION").param("channel", "PHONE")
                        .param("receivedOn", requests.today().toString()).param("lastName", lastName))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/rights/*"))
                .andExpect(flash().attribute("created", true));
    }

    @Test
    @DisplayName("DSR-1 a date of receipt in the future and a missing requester are refused next to their fields")
    void entryRefusals() throws Exception {
        mvc.perform(post("/rights").with(SUPPORT).with(csrf()).param("kind", "ACCESS").param("channel", "EMAIL")
                        .param("receivedOn", requests.today().plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"receivedOn-error\""),
                        containsString("ne peut pas être dans le futur"), containsString("id=\"lastName-error\""))));
    }

    @Test
    @DisplayName("DSR-1 the request's page shows its deadline and how it was counted, and its candidates with a button")
    void detailExplainsTheDeadline() throws Exception {
        var request = received(LocalDate.parse("2026-01-31"));
        persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, lastName, "Léa",
                "courrier." + tag + "@example.org", null, null, null, null, null, null, null, null));

        mvc.perform(get("/rights/{id}", request.id()).with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Comment l’échéance est calculée"),
                        containsString("Reçue le samedi 31 janvier 2026"),
                        containsString("Cette date n’existe pas dans le dernier mois"),
                        containsString("Reporté au jour ouvré suivant, le lundi 2 mars 2026 : samedi 28 février, "
                                + "dimanche 1 mars"),
                        containsString("C’est cette personne"), containsString("même adresse e-mail"))));
    }

    @Test
    @DisplayName("DSR-1 an extension without a reason is refused next to its field; with one, the page says it")
    void extendFromTheScreen() throws Exception {
        var request = received(requests.today());

        mvc.perform(post("/rights/{id}/extend", request.id()).with(DPO).with(csrf()).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"extend-reason-error\""),
                        containsString("Ce champ est obligatoire"))));
        mvc.perform(post("/rights/{id}/extend", request.id()).with(DPO).with(csrf())
                        .param("reason", "Dix ans d’échanges"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("extended", true));
        mvc.perform(get("/rights/{id}", request.id()).with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Délai prolongé jusqu’au"),
                        containsString("Dix ans d’échanges"), not(containsString("id=\"extend-reason\"")))));
    }

    @Test
    @DisplayName("DSR-2 asking for a proof of identity shows the pause and its reason, and the button to resume")
    void identityCheckFromTheScreen() throws Exception {
        var request = received(requests.today());

        mvc.perform(post("/rights/{id}/identity-check", request.id()).with(DPO).with(csrf())
                        .param("reason", "Signature différente du dossier"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/rights/{id}", request.id()).with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Échéance suspendue"),
                        containsString("Signature différente du dossier"), containsString("La personne a répondu"))));
    }

    @Test
    @DisplayName("DSR-1 the navigation leads the DPO to the list and customer service to the entry form only")
    void navigation() throws Exception {
        mvc.perform(get("/").with(DPO))
                .andExpect(content().string(containsString("href=\"/rights\"")));
        mvc.perform(get("/").with(SUPPORT))
                .andExpect(content().string(allOf(containsString("href=\"/rights/new\""),
                        not(containsString("href=\"/rights\"")))));
        mvc.perform(get("/").with(user("sam").roles("SALES")))
                .andExpect(content().string(not(containsString("/rights"))));
    }
}
