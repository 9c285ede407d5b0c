package org.custodian.campaigns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * PRO-5, PRO-2: the campaigns' screens — Hugo (marketing) defines a campaign and writes its message (refused without
 * the unsubscribe link), sees the preview and asks why a person is or is not in it; the DPO reads; others are kept
 * out.
 */
@IntegrationTest
class CampaignScreensIntegrationTests {

    private static final RequestPostProcessor HUGO = user("hugo").roles("MARKETING");
    private static final RequestPostProcessor DPO = user("nadia").roles("DPO");
    /** A rule's code (PROFESSIONAL_RELEVANCE) or a requirement id (PRO-5) on a screen. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|\\b(PRO|CON)-\\d+");
    private static final Pattern CAMPAIGN = Pattern.compile("/campaigns/([0-9a-f-]{36})/template");

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    MutableClock clock;

    private String createOnScreen(String name) throws Exception {
        var location = mvc.perform(post("/campaigns").with(HUGO).with(csrf()).param("name", name)
                        .param("professions", "achats\nacheteur").param("types", "PROSPECT")
                        .param("postcodes", "75\n2a").param("senderName", "Maison Lumière")
                        .param("senderAddress", "offres@maison-lumiere.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/campaigns/*/template"))
                .andReturn().getResponse().getRedirectedUrl();
        var matcher = CAMPAIGN.matcher(location);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    @DisplayName("PRO-5 Hugo defines a campaign; the editor starts with the unsubscribe link; a message without it is "
            + "refused next to its field; with it, the campaign page shows the preview and the place of the sending")
    void defineWriteAndPreview() throws Exception {
        var id = createOnScreen("Écran " + UUID.randomUUID());

        mvc.perform(get("/campaigns/" + id + "/template").with(HUGO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{{desinscription}}")));
        mvc.perform(post("/campaigns/" + id + "/template").with(HUGO).with(csrf()).param("subject", "Nouveautés")
                        .param("html", "<p>Bonjour</p>").param("text", "Bonjour"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"html-error\"")))
                .andExpect(content().string(containsString("doit contenir le lien de désinscription")));
        mvc.perform(post("/campaigns/" + id + "/template").with(HUGO).with(csrf()).param("subject", "Nouveautés")
                        .param("html", "<p>Bonjour {{prenom}}</p><a href=\"{{desinscription}}\">stop</a>")
                        .param("text", "Bonjour {{prenom}} {{desinscription}}"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/campaigns/" + id).with(HUGO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview-table\"")))
                .andExpect(content().string(containsString("class=\"campaign-chart\"")))
                .andExpect(content().string(containsString("Peuvent la recevoir")))
                .andExpect(content().string(containsString("Codes postaux commençant par : 75, 2A")))
                .andExpect(content().string(containsString("/campaigns/" + id + "/sending")));
    }

    @Test
    @DisplayName("PRO-5 the live preview shows the message as received: merge values, sender and opposition sentence")
    void livePreview() throws Exception {
        var id = createOnScreen("Aperçu " + UUID.randomUUID());

        mvc.perform(post("/campaigns/" + id + "/template/preview").with(HUGO).with(csrf())
                        .header("HX-Request", "true").param("subject", "{{prenom}}, regardez")
                        .param("html", "<p>Bonjour {{prenom}}</p><a href=\"{{desinscription}}\">stop</a>")
                        .param("text", "Bonjour {{prenom}}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"message-preview\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Marie, regardez")))
                .andExpect(content().string(containsString("Ce message vous est envoyé par Maison Lumière")))
                .andExpect(content().string(containsString("doit contenir le lien de désinscription")));
    }

    @Test
    @DisplayName("PRO-2 the campaign page finds a person by name and tells why they are in or out, in words")
    void whyThisPerson() throws Exception {
        var id = createOnScreen("Pourquoi " + UUID.randomUUID());
        var last = "Pourquoi" + UUID.randomUUID().toString().substring(0, 6);
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, last, "Léa",
                last.toLowerCase() + "@example.org", null, null, null, null, null, null, null, null)).id();

        mvc.perform(get("/campaigns/" + id).param("person", last).with(HUGO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/campaigns/" + id + "/decisions/" + person)));
        mvc.perform(get("/campaigns/" + id + "/decisions/" + person).with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"decision-reason\"")))
                .andExpect(content().string(containsString("n’est pas dans la campagne")))
                .andExpect(content().string(containsString("hors des filtres de la campagne")));
    }

    @Test
    @DisplayName("PRO-2 the person's page loads, for marketing and the DPO only, the latest campaigns with the decision "
            + "for this person and its reason, each linked to the full answer")
    void personPagePanel() throws Exception {
        // the panel shows the latest campaigns: this one is made newer than those other tests create with their
        // clocks moved ahead (the context and its clock are shared by the suite)
        var now = clock.instant();
        clock.set(now.plus(Duration.ofDays(20 * 365)));
        String id;
        try {
            id = createOnScreen("Fiche " + UUID.randomUUID());
        } finally {
            clock.set(now);
        }
        var last = "Fiche" + UUID.randomUUID().toString().substring(0, 6);
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, last, "Léa",
                last.toLowerCase() + "@example.org", null, null, null, null, null, null, null, null)).id();

        mvc.perform(get("/persons/" + person).with(HUGO))
                .andExpect(content().string(containsString("/campaigns/persons/" + person)));
        mvc.perform(get("/persons/" + person).with(user("sonia").roles("SALES")))
                .andExpect(content().string(not(containsString("/campaigns/persons/"))));
        mvc.perform(get("/campaigns/persons/" + person).with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"campaigns-panel\"")))
                .andExpect(content().string(containsString("/campaigns/" + id + "/decisions/" + person)))
                .andExpect(content().string(containsString("Hors de l’audience de la campagne")));
        mvc.perform(get("/campaigns/persons/" + person).with(user("sonia").roles("SALES")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-5 the DPO reads the list and a campaign but cannot create or edit one; sales are kept out")
    void rolesOnScreens() throws Exception {
        var id = createOnScreen("Rôles " + UUID.randomUUID());

        mvc.perform(get("/campaigns").with(DPO)).andExpect(status().isOk());
        mvc.perform(get("/campaigns/" + id).with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/campaigns/" + id + "/edit"))));
        mvc.perform(get("/campaigns/new").with(DPO)).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns").with(user("sonia").roles("SALES"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-5 the campaign screens speak in words: no rule code, no requirement id")
    void screensSpeakInWords() throws Exception {
        var id = createOnScreen("Mots " + UUID.randomUUID());
        var last = "Mots" + UUID.randomUUID().toString().substring(0, 6);
        var person = persons.create(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, last, "Léo",
                last.toLowerCase() + "@example.org", null, null, null, "Société", "Développeur", null, null, null,
                "informatique", false)).id();
        for (var page : List.of("/campaigns", "/campaigns/new", "/campaigns/" + id, "/campaigns/" + id + "/template",
                "/campaigns/" + id + "/decisions/" + person)) {
            var text = mvc.perform(get(page).with(HUGO)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString().replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<!--.*?-->", " ")
                    .replaceAll("(?s)<textarea.*?</textarea>", " ").replaceAll("(?s)<[^>]*>", " ");
            assertThat(CODE.matcher(text).results().map(MatchResult::group).toList()).as(page).isEmpty();
        }
    }

    @Test
    @WithMockUser(username = "hugo", roles = "MARKETING")
    @DisplayName("PRO-5 the definition form refuses, next to each field, what the rules refuse")
    void formRefusals() throws Exception {
        mvc.perform(post("/campaigns").with(csrf()).param("name", "").param("postcodes", "Paris")
                        .param("senderName", "Maison Lumière").param("senderAddress", "pas-une-adresse")
                        .param("createdFrom", "2026-03-02").param("createdTo", "2026-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"postcodes-error\"")))
                .andExpect(content().string(containsString("id=\"createdTo-error\"")))
                .andExpect(content().string(containsString("id=\"senderAddress-error\"")));
    }
}
