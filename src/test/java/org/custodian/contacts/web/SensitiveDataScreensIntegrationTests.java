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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.shared.PersonId;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class SensitiveDataScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    SensitiveData sensitiveData;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private static RequestPostProcessor as(String role) {
        return user("user-" + role.toLowerCase()).roles(role);
    }

    private PersonId person() {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Panel" + suffix, "Noa",
                null, null, null, null, null, null, null, null, null)).id();
    }

    private UUID record(PersonId person, String value) {
        return sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies alimentaires", value,
                new SensitiveConsent("J'accepte que mes allergies soient conservées.", "allergies", 4, 7,
                        "198.51.100.23", "Mozilla/5.0 (Panel test)", "form:allergies"));
    }

    @Test
    @DisplayName("CON-4 SEC-5 support and the DPO see each datum with the proof of its consent and an erase button")
    void panelShowsDataAndProof() throws Exception {
        var person = person();
        record(person, "Gluten " + suffix);

        for (var role : new String[] {"SUPPORT", "DPO"}) {
            mvc.perform(get("/persons/{id}", person).with(as(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("/persons/" + person + "/sensitive-data"),
                            not(containsString("Gluten " + suffix)))));
            mvc.perform(get("/persons/{id}/sensitive-data", person).with(as(role)).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Données sensibles"), containsString("Santé"),
                            containsString("Allergies alimentaires"), containsString("Gluten " + suffix),
                            containsString("J&#39;accepte que mes allergies soient conservées."),
                            containsString("Un formulaire dont Custodian ne garde pas la définition (version 4)"),
                            not(containsString("allergies, version")), containsString("198.51.100.23"),
                            containsString("Mozilla/5.0 (Panel test)"), containsString("form:allergies"),
                            containsString("par Custodian (tâche automatique)"),
                            containsString("Effacer (retrait du consentement)"), containsString("name=\"_csrf\""))));
        }
    }

    @Test
    @DisplayName("CON-4 a datum given on the public site says so in words, not by the code of its actor")
    void publicRecorderInWords() throws Exception {
        var person = person();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor", "visitor",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            record(person, "Lactose " + suffix);
        } finally {
            SecurityContextHolder.clearContext();
        }

        mvc.perform(get("/persons/{id}/sensitive-data", person).with(as("DPO")).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("par un visiteur du site public"),
                        not(containsString("par public")))));
    }

    @Test
    @DisplayName("CON-4 SEC-2 sales, marketing and accounting never get the values, not even in the page's HTML")
    void otherRolesSeeNothing() throws Exception {
        var person = person();
        var secret = "Cœliaque " + UUID.randomUUID();
        var id = record(person, secret);

        for (var role : new String[] {"SALES", "MARKETING", "ACCOUNTING"}) {
            mvc.perform(get("/persons/{id}", person).with(as(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(not(containsString(secret)),
                            not(containsString("sensitive-data")), not(containsString("Données sensibles")))));
            mvc.perform(get("/persons/{id}/sensitive-data", person).with(as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/persons/{id}/sensitive-data/{datum}/erase", person, id).with(as(role)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/persons/{id}/sensitive-data", person).with(as("ADMIN"))).andExpect(status().isForbidden());
        assertThat(sensitiveData.of(person, "test")).hasSize(1);
    }

    @Test
    @DisplayName("SEC-3 each display of the panel is an audited read with its purpose")
    void eachDisplayIsAudited() throws Exception {
        var person = person();
        record(person, "Lactose");

        mvc.perform(get("/persons/{id}/sensitive-data", person).with(as("DPO"))).andExpect(status().isOk());
        mvc.perform(get("/persons/{id}/sensitive-data", person).with(as("SUPPORT"))).andExpect(status().isOk());

        auditLog.flush();
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE resource_type = ? AND resource_id = ? "
                        + "AND action = 'READ' AND purpose = ? ORDER BY sequence_no")
                .params(SensitiveData.RESOURCE, person.toString(), SensitiveDataController.PURPOSE)
                .query(String.class).list()).containsExactly("user-dpo", "user-support");
    }

    @Test
    @DisplayName("CON-4 the erase button erases the datum (htmx answers the panel, a plain post returns to the person)")
    void eraseButton() throws Exception {
        var person = person();
        var first = record(person, "Arachide " + suffix);
        var second = record(person, "Sésame " + suffix);

        mvc.perform(post("/persons/{id}/sensitive-data/{datum}/erase", person, first).with(as("DPO")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Donnée effacée"),
                        not(containsString("Arachide " + suffix)), containsString("Sésame " + suffix))));
        mvc.perform(post("/persons/{id}/sensitive-data/{datum}/erase", person, second).with(as("SUPPORT"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/persons/" + person));
        mvc.perform(post("/persons/{id}/sensitive-data/{datum}/erase", person, second).with(as("SUPPORT")))
                .andExpect(status().isForbidden());

        assertThat(sensitiveData.of(person, "test")).isEmpty();
    }

    @Test
    @DisplayName("CON-4 a person without sensitive data shows an empty panel; an unknown person answers 404")
    void emptyAndUnknown() throws Exception {
        var person = person();

        mvc.perform(get("/persons/{id}/sensitive-data", person).with(as("SUPPORT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune donnée sensible.")));
        mvc.perform(get("/persons/{id}/sensitive-data", UUID.randomUUID()).with(as("SUPPORT")))
                .andExpect(status().isNotFound());
    }
}
