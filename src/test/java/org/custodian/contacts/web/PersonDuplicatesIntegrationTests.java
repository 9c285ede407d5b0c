package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.contacts.PossibleDuplicate;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** CON-9: staff creating a person already in the file are warned, on the screen and in the API. */
@IntegrationTest
class PersonDuplicatesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "dup." + suffix + "@example.com";
    private final String phone = "07" + "%08d".formatted(Math.floorMod(suffix.hashCode(), 100_000_000));

    private PersonView stored(String email, String phone) {
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Dupont" + suffix, "Anne",
                email, phone, null, null, null, null, null, null, null), false);
    }

    private String json(String email, String phone) {
        return """
                {"type":"PROSPECT","audience":"CONSUMER","lastName":"Autre%s","email":%s,"phone":%s}"""
                .formatted(suffix, email == null ? "null" : "\"" + email + "\"", phone == null ? "null" : "\"" + phone + "\"");
    }

    @Test
    @DisplayName("CON-9 API: the same e-mail (any case) answers 409 naming the person found; nothing is stored")
    void apiRefusesTheSameEmail() throws Exception {
        var existing = stored(email, null);

        mvc.perform(post("/api/v1/persons").with(user("api-sales").roles("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(email.toUpperCase(), null)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Location", endsWith("/api/v1/persons/" + existing.id())))
                .andExpect(jsonPath("$.existing", endsWith("/api/v1/persons/" + existing.id())))
                .andExpect(jsonPath("$.field").value("email"))
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:possible-duplicate"));

        assertThat(count("Autre" + suffix)).isZero();
    }

    @Test
    @DisplayName("CON-9 API: the same phone in another format answers 409; allowDuplicate=true creates, audited as such")
    void apiAllowsAConfirmedDuplicate() throws Exception {
        var existing = stored(null, phone);
        var international = "+33 " + phone.substring(1, 2) + " " + phone.substring(2);

        mvc.perform(post("/api/v1/persons").with(user("api-sales").roles("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(null, international)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("phone"));

        var created = mvc.perform(post("/api/v1/persons").param("allowDuplicate", "true")
                        .with(user("api-sales").roles("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(null, international)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        assertThat(count("Autre" + suffix)).isEqualTo(1);
        auditLog.flush();
        var id = created.substring(created.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE resource_id = ? AND action = 'CREATE'").param(id)
                .query(String.class).single())
                .isEqualTo("created despite a possible duplicate: person " + existing.id() + " has the same phone");
    }

    @Test
    @DisplayName("CON-9 a person erased or being erased does not count as a duplicate")
    void erasedPersonsDoNotCount() throws Exception {
        persons.delete(stored(email, phone).id());

        mvc.perform(post("/api/v1/persons").with(user("api-sales").roles("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(email, phone)))
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("CON-9 screen: the warning links to the person found; confirming creates another")
    void screenWarnsThenCreatesOnConfirmation() throws Exception {
        var existing = stored(email, null);
        var form = post("/persons").with(user("camille").roles("SALES")).with(csrf())
                .param("type", "PROSPECT").param("audience", "CONSUMER").param("lastName", "Autre" + suffix)
                .param("email", email);

        mvc.perform(form)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duplicate-warning\"")))
                .andExpect(content().string(containsString("href=\"/persons/" + existing.id() + "\"")))
                .andExpect(content().string(containsString("Une personne ayant la même adresse e-mail est déjà dans le fichier")))
                .andExpect(content().string(containsString("name=\"allowDuplicate\" value=\"true\"")));
        assertThat(count("Autre" + suffix)).isZero();

        mvc.perform(form.param("allowDuplicate", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/persons/*"));
        assertThat(count("Autre" + suffix)).isEqualTo(1);
    }

    @Test
    @DisplayName("CON-9 two creations of the same e-mail at once: one is created, the other is warned")
    void concurrentCreationsOfTheSameEmail() throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var outcomes = new ArrayList<Future<Boolean>>();
            for (var i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                            "camille", null, AuthorityUtils.createAuthorityList("ROLE_SALES")));
                    start.await();
                    try {
                        stored(email, null);
                        return true;
                    } catch (PossibleDuplicate duplicate) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            var created = 0;
            for (var outcome : outcomes) {
                created += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(count("Dupont" + suffix)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String lastName) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE last_name = ?").param(lastName).query(Long.class).single();
    }
}
