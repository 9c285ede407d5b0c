package org.custodian.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue 8 §2: the access log reads like a register the DPO can show — sentences, the person's name for whoever may
 * read persons, "personne effacée" for an erased one, a search by person.
 */
@IntegrationTest
class AuditRegisterIntegrationTests {

    private static final Pattern ROW = Pattern.compile("class=\"audit-row\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Persons persons;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private PersonId person(String lastName) {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, lastName, "Jeanne", null,
                null, null, null, null, null, null, null, null)).id();
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("Issue 8 §2 the DPO reads each entry as a sentence, with the name of the person it is about")
    void dpoSeesSentencesAndNames() throws Exception {
        var person = person("Registre" + suffix);
        auditLog.personalData(AuditAction.READ, Persons.RESOURCE, person.toString(), "customer-relationship/screen");

        var html = page(get("/audit").param("resourceId", person.toString()).param("action", "READ"));

        assertThat(rows(html)).isOne();
        assertThat(html).contains("A consulté la fiche de la personne")
                .contains("REGISTRE" + suffix.toUpperCase() + " Jeanne")
                .contains("Finalité : relation client, fiche de la personne")
                .doesNotContain("customer-relationship/screen");
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("Issue 8 §2 the filters of a search and of an export of the persons list read as words, not parameters")
    void searchAndExportFiltersInWords() throws Exception {
        auditLog.personalData(AuditAction.SEARCH, Persons.RESOURCE, "search-" + suffix, null,
                "q=(text withheld), type=CUSTOMER, createdFrom=2026-01-01, consentEmail=given");
        auditLog.personalData(AuditAction.EXPORT, Persons.RESOURCE, "search-" + suffix, null,
                "CSV export of 12 persons; filters: all persons");

        var html = page(get("/audit").param("resourceId", "search-" + suffix));

        assertThat(rows(html)).isEqualTo(2);
        assertThat(html).contains("Filtres : recherche : texte non conservé (il peut être une donnée personnelle) ; "
                        + "relation : clients ; créée à partir du : 2026-01-01 ; consentement e-mail : donné.")
                .contains("Export CSV de 12 personne(s) ; filtres : Toutes les personnes, sans filtre.")
                .doesNotContain("type=CUSTOMER").doesNotContain("all persons");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("Issue 8 §2 changes to accounts and API tokens read as sentences, roles by their names")
    void accountChangesInWords() throws Exception {
        var actor = "admin-" + suffix;
        auditLog.security(actor, AuditAction.SECURITY_CHANGE, "user camille roles SALES -> SALES DPO");
        auditLog.security(actor, AuditAction.SECURITY_CHANGE, "API token boutique created with roles SALES, expires 2027-01-01T00:00:00Z");
        auditLog.security(actor, AuditAction.SECURITY_CHANGE, "user camille disabled");

        var html = page(get("/audit").param("actor", actor));

        assertThat(rows(html)).isEqualTo(3);
        assertThat(html).contains("Rôles du compte camille : Commercial → Commercial, DPO.")
                .contains("Jeton d&#39;API « boutique » créé, rôles : Commercial, valable jusqu&#39;au 2027-01-01T00:00:00Z.")
                .contains("Compte camille désactivé.")
                .doesNotContain("SALES DPO").doesNotContain("created with roles");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("Issue 8 §2 an administrator, who may not read persons, sees a neutral reference instead of the name")
    void administratorSeesNoName() throws Exception {
        var person = person("Masque" + suffix);
        auditLog.personalData(AuditAction.READ, Persons.RESOURCE, person.toString(), null);

        var html = page(get("/audit").param("resourceId", person.toString()).param("action", "READ"));

        assertThat(rows(html)).isOne();
        assertThat(html).doesNotContain("MASQUE" + suffix.toUpperCase())
                .contains("Personne (nom réservé aux rôles qui consultent le fichier)").contains(person.toString());
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("Issue 8 §2 an entry about a deleted person says 'Personne effacée'")
    void erasedPersonIsSaid() throws Exception {
        var person = person("Efface" + suffix);
        persons.delete(person);

        var html = page(get("/audit").param("resourceId", person.toString()));

        assertThat(html).contains("Personne effacée").doesNotContain("EFFACE" + suffix.toUpperCase());
    }

    @Test
    @WithMockUser(username = "dpo-search", roles = "DPO")
    @DisplayName("Issue 8 §2 the DPO searches the log by a person's name; the search of the customer file is audited")
    void searchesByPersonName() throws Exception {
        var wanted = person("Cherche" + suffix);
        var other = person("Autre" + suffix);
        auditLog.personalData(AuditAction.UPDATE, Persons.RESOURCE, wanted.toString(), null);
        auditLog.personalData(AuditAction.READ, "consent", wanted.toString(), null);
        auditLog.personalData(AuditAction.UPDATE, Persons.RESOURCE, other.toString(), null);

        var html = page(get("/audit").param("person", "cherche" + suffix));

        assertThat(html).contains("CHERCHE" + suffix.toUpperCase()).doesNotContain("AUTRE" + suffix.toUpperCase())
                .contains("A consulté les consentements").contains("A modifié la fiche de la personne");
        assertThat(auditLog.search(new AuditQuery(Persons.RESOURCE, null, "dpo-search", AuditAction.SEARCH, null,
                null), new PageRequest(0, 5)).content()).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.purpose()).isEqualTo("audit-log/search-by-person"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @DisplayName("Issue 8 §2 an administrator's search by name finds no one: only an id finds a person's entries")
    void administratorSearchesByIdOnly() throws Exception {
        var person = person("Admin" + suffix);
        auditLog.personalData(AuditAction.UPDATE, Persons.RESOURCE, person.toString(), null);

        var byName = page(get("/audit").param("person", "Admin" + suffix));
        var byId = page(get("/audit").param("person", person.toString()));

        assertThat(rows(byName)).isZero();
        assertThat(byName).contains("Personne (identifiant)");
        assertThat(byId).contains(person.toString());
        assertThat(rows(byId)).isPositive();
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("Issue 8 §2 the person page's link filters the log on the person, named, and the filter survives paging")
    void personFilterSurvivesPaging() throws Exception {
        var person = person("Pages" + suffix);
        for (var i = 0; i < 30; i++) {
            auditLog.personalData(AuditAction.READ, "consent", person.toString(), null);
        }

        var first = page(get("/audit").param("person", person.toString()));
        var second = page(get("/audit").param("person", person.toString()).param("page", "1"));

        assertThat(first).contains("Entrées concernant PAGES" + suffix.toUpperCase() + " Jeanne")
                .contains("/audit?person=" + person + "&amp;page=1");
        assertThat(rows(first)).isEqualTo(25);
        assertThat(rows(second)).isEqualTo(6);
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("Issue 8 §2 the details Custodian writes are sentences, in French and in English")
    void detailsAreSentences() throws Exception {
        var actor = "clerk-" + suffix;
        auditLog.security(actor, AuditAction.LOGIN_SUCCESS, "form sign-in");
        auditLog.security(actor, AuditAction.ACCOUNT_LOCKED,
                "locked for one client address until 2026-12-02T06:00:00Z");

        var french = page(get("/audit").param("actor", actor));
        var english = page(get("/audit").param("actor", actor).param("lang", "en"));

        assertThat(french).contains("S&#39;est connecté").contains("Connexion par le formulaire.")
                .contains("Ce compte est bloqué depuis cette adresse jusqu&#39;au 2026-12-02T06:00:00Z.")
                .doesNotContain("form sign-in");
        assertThat(english).contains("Signed in").contains("Sign-in with the form.");
    }

    @Test
    @WithMockUser(roles = "DPO")
    @DisplayName("Issue 8 §2 PRO-5 PRO-8 what campaigns, the eligibility engine and the bounce reader write reads as sentences, never as codes")
    void campaignDetailsAreSentences() throws Exception {
        var actor = "hugo-" + suffix;
        var campaign = java.util.UUID.randomUUID().toString();
        auditLog.security(actor, AuditAction.UPDATE, "sending started");
        auditLog.security(actor, AuditAction.UPDATE, "sending finished: 120 persons decided");
        auditLog.security(actor, AuditAction.READ, "eligibility for campaign " + campaign);
        auditLog.security(actor, AuditAction.SEARCH, "eligibility of 3 postponed person(s)");
        auditLog.security(actor, AuditAction.EXPORT, "2 messages written for postponed persons "
                + java.util.UUID.randomUUID() + " to " + java.util.UUID.randomUUID());
        auditLog.security(actor, AuditAction.UPDATE, "hard bounce 5.1.1 read from the bounce mailbox");

        var french = page(get("/audit").param("actor", actor));
        var english = page(get("/audit").param("actor", actor).param("lang", "en"));

        assertThat(french).contains("Envoi de la campagne commencé.")
                .contains("Envoi de la campagne terminé : 120 personnes traitées.")
                .contains("Pourquoi la personne est ou non dans une campagne.")
                .contains("Éligibilité de 3 personnes reportées par le plafond de sollicitations")
                .contains("2 messages de la campagne écrits pour des personnes reportées")
                .contains("refusé pour de bon par le serveur du destinataire (statut 5.1.1)")
                .doesNotContain("sending started", "persons decided", "postponed person", "hard bounce", campaign);
        assertThat(english).contains("Campaign sending started.").contains("Campaign sending finished: 120 persons")
                .contains("Message bounced, refused for good");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static long rows(String html) {
        return ROW.matcher(html).results().count();
    }
}
