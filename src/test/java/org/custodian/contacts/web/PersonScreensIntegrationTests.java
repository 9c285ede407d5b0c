package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Random;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PersonScreensIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** A phone of this test only: creating a person whose phone is on file is warned of as a possible duplicate. */
    private final String phone = "06" + "%08d".formatted(Math.floorMod(suffix.hashCode(), 100_000_000));

    private static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    private PersonView person(String lastName, String phone, PersonType type, Audience audience) {
        return persons.create(new PersonData(type, audience, null, lastName, "Camille", null, phone, null,
                "1 rue des Lilas\n44000 Nantes", audience == Audience.PROFESSIONAL ? "Exemple SA" : null, null,
                null, null, null));
    }

    /** The person form filled in correctly, except for the given name/value pairs. */
    private MockHttpServletRequestBuilder form(String url, String... overrides) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("type", "CUSTOMER");
        fields.put("audience", "CONSUMER");
        fields.put("lastName", "Form" + suffix);
        fields.put("firstNames", "Léa");
        fields.put("email", "lea." + suffix + "@example.com");
        fields.put("phone", phone);
        fields.put("birthDate", "1990-02-03");
        fields.put("address", "2 place de la Mairie\n21000 Dijon");
        for (var i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    @DisplayName("CON-1 the list shows customer/prospect and consumer/professional badges (JOURNEYS Camille 1)")
    void listShowsBadges() throws Exception {
        person("Badge" + suffix, null, PersonType.CUSTOMER, Audience.PROFESSIONAL);

        mvc.perform(get("/persons").param("q", "Badge" + suffix).with(as("camille", "SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("BADGE" + suffix.toUpperCase()),
                        containsString("badge customer"), containsString("Client"),
                        containsString("badge pro"), containsString("Professionnel"))));
    }

    @Test
    @DisplayName("CON-1 search by partial phone digits matches whatever the formatting (\"06 12\" finds 0612...)")
    void searchesByPartialPhone() throws Exception {
        var digits = String.format("%06d", new Random().nextInt(1_000_000));
        person("Phone" + suffix, "0612" + digits, PersonType.PROSPECT, Audience.CONSUMER);

        mvc.perform(get("/persons").param("q", "06 12 " + digits.substring(0, 2) + " " + digits.substring(2, 4))
                        .with(as("camille", "SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PHONE" + suffix.toUpperCase())));
        mvc.perform(get("/persons").param("q", "+33 6 12 " + digits).with(as("camille", "SALES")))
                .andExpect(content().string(containsString("PHONE" + suffix.toUpperCase())));
    }

    @Test
    @DisplayName("CON-1 search by name ignores case and accents")
    void searchesByNameWithoutAccents() throws Exception {
        person("Lefèvre" + suffix, null, PersonType.CUSTOMER, Audience.CONSUMER);

        mvc.perform(get("/persons").param("q", "LEFEVRE" + suffix + " camille").with(as("camille", "SUPPORT")))
                .andExpect(content().string(containsString("LEFÈVRE" + suffix.toUpperCase())));
    }

    @Test
    @DisplayName("CON-2 search by generated internal code")
    void searchesByInternalCode() throws Exception {
        var created = person("Code" + suffix, null, PersonType.CUSTOMER, Audience.CONSUMER);

        mvc.perform(get("/persons").param("q", created.internalCode().toLowerCase()).with(as("camille", "SALES")))
                .andExpect(content().string(containsString("CODE" + suffix.toUpperCase())));
    }

    @Test
    @DisplayName("CON-1 the list pages its results and serves the htmx fragment alone")
    void pagesAndServesFragment() throws Exception {
        for (var i = 0; i < 3; i++) {
            person("Paged" + suffix, null, PersonType.PROSPECT, Audience.CONSUMER);
        }
        mvc.perform(get("/persons").param("q", "Paged" + suffix).param("size", "2").param("page", "1")
                        .header("HX-Request", "true").with(as("camille", "SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Page 2 sur 2"), containsString("3 personnes"),
                        containsString("id=\"results\""), not(containsString("<html")))));
    }

    @Test
    @DisplayName("CON-1 creating a person through the form leads to its page, which says \"Personne créée\"")
    void createsThroughTheForm() throws Exception {
        var result = mvc.perform(form("/persons").with(as("camille", "SALES")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/persons/*"))
                .andExpect(flash().attribute("created", true))
                .andReturn();

        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(as("camille", "SALES"))
                        .flashAttr("created", true))
                .andExpect(content().string(allOf(containsString("Personne créée."),
                        not(containsString("Modifications enregistrées.")))))
                .andExpect(content().string(allOf(containsString("FORM" + suffix.toUpperCase() + " Léa"),
                        containsString("03/02/1990"), containsString("création par camille"))));
    }

    @Test
    @DisplayName("CON-5 the history says who acted in words: a task by a sentence, not by the code of its actor")
    void historyNamesActorsInWords() throws Exception {
        var person = person("Task" + suffix, null, PersonType.PROSPECT, Audience.CONSUMER);

        mvc.perform(get("/persons/{id}", person.id()).with(as("camille", "SALES")))
                .andExpect(content().string(allOf(containsString("création par Custodian (tâche automatique)"),
                        not(containsString("création par system")))));
    }

    @Test
    @DisplayName("CON-2 a NIR typed as accounting code is refused with the message tied to the field")
    void formRefusesNirWithFieldMessage() throws Exception {
        mvc.perform(form("/persons", "accountingCode", "1 85 05 78 006 084 91").with(as("camille", "SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("aria-invalid=\"true\" aria-describedby=\"accountingCode-error\""),
                        containsString("id=\"accountingCode-error\""),
                        containsString("numéro de sécurité sociale (NIR) : il ne peut pas servir d&#39;identifiant"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE last_name = ?").param("Form" + suffix)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("CON-1 form messages are in English when the user chose English")
    void formMessagesInEnglish() throws Exception {
        mvc.perform(form("/persons", "lang", "en", "lastName", "", "email", "nope")
                        .with(as("camille", "SALES")))
                .andExpect(content().string(allOf(containsString("This field is required: fill it in."),
                        containsString("Invalid e-mail address"))));
    }

    @Test
    @DisplayName("CON-1 an unreadable birth date is reported with the other errors")
    void reportsUnreadableDate() throws Exception {
        mvc.perform(form("/persons", "birthDate", "31/02/1990", "phone", "abc").with(as("camille", "SALES")))
                .andExpect(content().string(allOf(containsString("Date invalide"),
                        containsString("Numéro de téléphone invalide"))));
    }

    @Test
    @DisplayName("CON-5 the form refuses a note holding a card number")
    void formRefusesCardInNotes() throws Exception {
        mvc.perform(form("/persons", "notes", "Carte 3782 822463 10005 pour la prochaine fois")
                        .with(as("camille", "SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La note contient un numéro de carte bancaire")));
    }

    @Test
    @DisplayName("CON-5 the form shows the warning of what never to write in a note")
    void formWarnsAboutNotes() throws Exception {
        mvc.perform(get("/persons/new").with(as("camille", "SALES")))
                .andExpect(content().string(allOf(containsString("N&#39;y écrivez jamais de données de santé"),
                        containsString("hx-post=\"/persons/notes-check\""))));
    }

    @Test
    @DisplayName("CON-5 typing \"diabétique\" warns that health data needs explicit consent (JOURNEYS Camille 5)")
    void liveCheckWarnsAboutHealthData() throws Exception {
        mvc.perform(post("/persons/notes-check").with(csrf()).param("notes", "Cliente diabétique")
                        .with(as("camille", "SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Santé (diabétique)"),
                        containsString("exigent le consentement explicite de la personne"))));
    }

    @Test
    @DisplayName("CON-5 a flagged note is saved and its flags are shown on the person's page")
    void detailShowsReviewFlags() throws Exception {
        var result = mvc.perform(form("/persons", "notes", "Très désagréable, un vrai connard, syndiqué")
                        .with(as("camille", "SALES")))
                .andExpect(status().is3xxRedirection()).andReturn();

        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(as("nadia", "DPO")))
                .andExpect(content().string(allOf(containsString("Note signalée pour relecture"),
                        containsString("Propos injurieux"), containsString("connard"),
                        containsString("Appartenance syndicale"))));
    }

    @Test
    @DisplayName("CON-9 the history shows who changed which field, before and after (JOURNEYS Camille 2)")
    void historyShowsBeforeAndAfter() throws Exception {
        var created = person("Hist" + suffix, null, PersonType.PROSPECT, Audience.CONSUMER);

        mvc.perform(post("/persons/" + created.id()).with(csrf()).with(as("camille", "SUPPORT"))
                        .param("type", "CUSTOMER").param("audience", "CONSUMER").param("lastName", "Hist" + suffix)
                        .param("firstNames", "Camille").param("address", "9 quai de la Loire\n44000 Nantes"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/persons/" + created.id()).with(as("camille", "SUPPORT")))
                .andExpect(content().string(allOf(containsString("modification par camille"),
                        containsString("Adresse postale"), containsString("1 rue des Lilas"),
                        containsString("9 quai de la Loire"), containsString("Prospect"), containsString("Client"))));
    }

    @Test
    @DisplayName("SEC-3 opening a person's page is audited as a read")
    void detailReadIsAudited() throws Exception {
        var created = person("Read" + suffix, null, PersonType.PROSPECT, Audience.CONSUMER);

        mvc.perform(get("/persons/" + created.id()).with(as("hugo", "MARKETING"))).andExpect(status().isOk());

        auditLog.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'READ' AND actor = 'hugo' "
                        + "AND resource_type = 'person' AND resource_id = ?")
                .param(created.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("CON-6 the person form refuses a card security code parameter with a 400 and the CNIL explanation")
    void formRefusesCardSecurityCode() throws Exception {
        mvc.perform(form("/persons", "cvv", "123").with(as("camille", "SALES")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "Le cryptogramme visuel ne doit jamais être conservé (CNIL) : retirez ce champ.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE last_name = ?").param("Form" + suffix)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("SEC-2 MARKETING reads persons but cannot open the creation form")
    void marketingCannotCreate() throws Exception {
        mvc.perform(get("/persons").with(as("hugo", "MARKETING"))).andExpect(status().isOk());
        mvc.perform(get("/persons/new").with(as("hugo", "MARKETING"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SEC-2 ADMIN cannot open the customer file")
    void adminCannotList() throws Exception {
        mvc.perform(get("/persons").with(as("marc", "ADMIN"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SEC-2 the DPO deletes a person after confirmation; SALES cannot")
    void dpoDeletesAfterConfirmation() throws Exception {
        var created = person("Gone" + suffix, null, PersonType.PROSPECT, Audience.CONSUMER);

        mvc.perform(post("/persons/" + created.id() + "/delete").with(csrf()).with(as("camille", "SALES")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/persons/" + created.id() + "/delete").with(as("nadia", "DPO")))
                .andExpect(content().string(containsString("Supprimer définitivement")));
        mvc.perform(post("/persons/" + created.id() + "/delete").with(csrf()).with(as("nadia", "DPO")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/persons/" + created.id()).with(as("nadia", "DPO"))).andExpect(status().isNotFound());
    }
}
