package org.custodian.notices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodian.access.NewUser;
import org.custodian.access.Role;
import org.custodian.access.UserAdministration;
import org.custodian.audit.AuditLog;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FormFixture;
import org.custodian.notices.FormVersion;
import org.custodian.notices.PrivacyNotices;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The collection form screens (INF-2): marketing or the DPO define a form within what the published notice allows;
 * each save is a version; the page gives the code to embed it.
 */
@IntegrationTest
@WithMockUser(username = "hugo", roles = "MARKETING")
class FormsScreensIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAdministration users;

    String existing;

    @BeforeEach
    void publishNotice() {
        existing = FormFixture.openForm(jdbc, notices, forms, List.of());
    }

    @Test
    @DisplayName("INF-2 the new-form editor offers the published purposes and, for prospecting, consent and "
            + "opposition per channel with a suggested text")
    void editorOffersWhatTheNoticeAllows() throws Exception {
        mvc.perform(get("/notices/forms/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"purposes\" value=\"PROSPECTING\""),
                        containsString("name=\"box.PROSPECTING.EMAIL\""),
                        containsString("<option value=\"CONSENT\""), containsString("<option value=\"OPPOSITION\""),
                        containsString("J&#39;accepte de recevoir de"))));
    }

    @Test
    @DisplayName("INF-2 saving a form creates version 1 and the page gives its address and the code to embed it")
    void createsForm() throws Exception {
        var slug = "catalogue-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(editor(slug, "0").param("box.PROSPECTING.EMAIL", "CONSENT")
                        .param("text.PROSPECTING.EMAIL", "Je veux le catalogue par e-mail.")
                        .param("embedOrigins", "https://boutique.example.fr/"))
                .andExpect(redirectedUrl("/notices/forms/" + slug));

        var form = forms.get(slug);
        assertThat(form.version()).isEqualTo(1);
        assertThat(form.definition().embedOrigins()).containsExactly("https://boutique.example.fr");
        assertThat(form.definition().boxes()).singleElement()
                .satisfies(box -> assertThat(box.text()).isEqualTo("Je veux le catalogue par e-mail."));
        mvc.perform(get("/notices/forms/{slug}", slug))
                .andExpect(content().string(allOf(containsString("/p/forms/" + slug),
                        containsString("&lt;iframe src="), containsString("name=&quot;consent&quot;"),
                        containsString("name=&quot;formVersion&quot; value=&quot;1&quot;"))));
        audit.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_type = 'collection_form' AND resource_id = ? "
                + "AND actor = 'hugo'").param(slug).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("SEC-3 (issue 8 §2) a form's versions name who saved them by their full name, not by a login")
    void savedByName() throws Exception {
        var login = "hugo" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(login, "Hugo Marchand", login + "@maison-lumiere.example", Set.of(Role.MARKETING)),
                "test");
        // the temporary password would send the new user to the password page first
        jdbc.sql("UPDATE staff_user SET must_change_password = FALSE WHERE username = ?").param(login).update();
        var slug = "nommee-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(editor(slug, "0").with(user(login).roles("MARKETING")))
                .andExpect(redirectedUrl("/notices/forms/" + slug));

        mvc.perform(get("/notices/forms/{slug}", slug))
                .andExpect(content().string(containsString("Hugo Marchand (" + login + ")")));
    }

    @Test
    @DisplayName("INF-2 CON-3 a form breaking a rule is refused with every reason and nothing is saved")
    void refusesBadForm() throws Exception {
        var slug = "refus-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(editor(slug, "0").param("box.PROSPECTING.EMAIL", "OPPOSITION")
                        .param("text.PROSPECTING.EMAIL", "Je refuse.").param("fields", "JOB_TITLE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("n&#39;a pas été enregistré"),
                        containsString("exige leur consentement préalable"),
                        containsString("ne concerne que les professionnels"))));
        mvc.perform(editor(existing, "0")).andExpect(content().string(containsString("déjà utilisée")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM collection_form WHERE slug = ?").param(slug).query(Long.class)
                .single()).isZero();
    }

    @Test
    @DisplayName("INF-2 a refused form shows each reason next to its part of the form, linked from the summary, "
            + "with what was typed kept")
    void refusedFormErrorsAtTheirFields() throws Exception {
        var slug = "champs-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/notices/forms").with(csrf()).param("action", "save").param("version", "0")
                        .param("slug", slug).param("title", " ").param("introduction", "Nos nouveautés chaque mois")
                        .param("language", "fr").param("audience", "CONSUMER").param("purposes", "PROSPECTING")
                        .param("fields", "EMAIL", "LAST_NAME").param("required", "EMAIL", "LAST_NAME")
                        .param("partnerOffer", "NONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"editor-errors\""),
                        containsString("href=\"#title\""),
                        containsString("aria-invalid=\"true\" aria-describedby=\"title-error version-error\""),
                        containsString("<span class=\"field-error\" id=\"title-error\">"),
                        not(containsString("id=\"slug-error\"")),
                        containsString("value=\"" + slug + "\""),
                        containsString(">Nos nouveautés chaque mois</textarea>"))));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM collection_form WHERE slug = ?").param(slug).query(Long.class)
                .single()).isZero();
    }

    @Test
    @DisplayName("INF-2 each save is a new version, an unchanged form saves nothing, and a stale editor is refused")
    void versions() throws Exception {
        var definition = forms.get(existing).definition();
        var changed = new org.custodian.notices.FormDefinition("Nos offres d'hiver", definition.introduction(),
                definition.language(), definition.audience(), definition.purposes(), definition.fields(),
                definition.boxes(), definition.partnerOffer(), definition.partnerText(), definition.embedOrigins(),
                definition.sensitiveQuestions());

        assertThat(forms.update(existing, 1, definition).version()).isEqualTo(1);
        assertThat(forms.update(existing, 1, changed).version()).isEqualTo(2);
        assertThat(forms.versions(existing)).extracting(FormVersion::version).containsExactly(2, 1);
        assertThat(forms.version(existing, 1).definition().title()).isEqualTo("Recevoir nos offres");
        mvc.perform(editor(existing, "1").param("title", "Encore autre chose"))
                .andExpect(content().string(containsString("entre-temps")));
    }

    @Test
    @DisplayName("INF-2 the list is searched and shows state and submissions; a closed form can be reopened")
    void listSearchCloseReopen() throws Exception {
        mvc.perform(get("/notices/forms").param("q", existing))
                .andExpect(content().string(allOf(containsString("/p/forms/" + existing), containsString("Ouvert"))));
        mvc.perform(get("/notices/forms").param("q", "no-such-form-" + UUID.randomUUID()))
                .andExpect(content().string(allOf(containsString("Aucun formulaire ne correspond"),
                        not(containsString("/p/forms/" + existing)))));

        mvc.perform(post("/notices/forms/{slug}/close", existing).with(csrf()))
                .andExpect(redirectedUrl("/notices/forms/" + existing));
        mvc.perform(get("/p/forms/{slug}", existing)).andExpect(status().isNotFound());
        mvc.perform(post("/notices/forms/{slug}/open", existing).with(csrf()));
        mvc.perform(get("/p/forms/{slug}", existing)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("INF-2 the form page lists its submissions with the boxes ticked, and reading them is audited")
    void listsSubmissions() throws Exception {
        var email = "paul." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post("/p/forms/{slug}", existing).param("lastName", "Roux").param("email", email)
                        .param("consent", "PROSPECTING:EMAIL").param("partners", "yes")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .anonymous()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/notices/forms/{slug}", existing))
                .andExpect(content().string(allOf(containsString("Nouveau prospect"),
                        containsString("Consentement · Prospection commerciale · e-mail"),
                        containsString("Transmission aux partenaires"), containsString("Voir la fiche"))));
        audit.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_type = 'collection_form_submission' "
                + "AND resource_id = ? AND action = 'SEARCH' AND actor = 'hugo'").param(existing).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "camille", roles = "SALES")
    @DisplayName("SEC-2 sales assistants do not define collection forms")
    void salesDenied() throws Exception {
        mvc.perform(get("/notices/forms")).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder editor(String slug, String version) {
        return post("/notices/forms").with(csrf()).param("action", "save").param("version", version)
                .param("slug", slug).param("title", "Catalogue").param("language", "fr").param("audience", "CONSUMER")
                .param("purposes", "PROSPECTING").param("fields", "EMAIL", "LAST_NAME").param("required", "EMAIL",
                        "LAST_NAME").param("partnerOffer", "NONE");
    }
}
