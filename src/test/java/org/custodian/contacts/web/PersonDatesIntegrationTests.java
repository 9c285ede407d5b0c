package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.Persons;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * RET-1, PRO-6 (issue 11 §4): a company moving to Custodian states the day each person's data was collected and the
 * day of their last contact, through the persons API and the person form; the days are checked, shown and kept in
 * the person's history.
 */
@IntegrationTest
class PersonDatesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    PersonContacts contacts;

    @Autowired
    Clock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private static RequestPostProcessor as(String role) {
        return user("dates-" + role.toLowerCase()).roles(role);
    }

    private String body(String lastName, String dates) {
        return """
                {"type":"PROSPECT","audience":"CONSUMER","lastName":"%s","email":"%s.%s@example.com"%s}"""
                .formatted(lastName, lastName.toLowerCase(), suffix, dates);
    }

    private String create(String lastName, String dates) throws Exception {
        var result = mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(lastName, dates)))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    @DisplayName("RET-1 PRO-6 CON-1 the API accepts a collection and a last contact years ago and shows them")
    void apiAcceptsPastDays() throws Exception {
        var id = create("Ancien" + suffix, ",\"collectedAt\":\"2019-04-02\",\"lastContactAt\":\"2021-10-15\"");

        mvc.perform(get("/api/v1/persons/" + id).with(as("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.collectedAt").value("2019-04-02"))
                .andExpect(jsonPath("$.lastContactAt").value("2021-10-15"))
                // a prospect without purchases: the relationship ends, so far, with the last contact
                .andExpect(jsonPath("$.relationshipEndAt").value("2021-10-15"));
    }

    @Test
    @DisplayName("RET-1 CON-1 without dates the API records a collection today and no contact")
    void apiDefaultsToToday() throws Exception {
        var id = create("Neuf" + suffix, "");

        mvc.perform(get("/api/v1/persons/" + id).with(as("SALES")))
                .andExpect(jsonPath("$.collectedAt").value(today().toString()))
                .andExpect(jsonPath("$.lastContactAt").value(nullValue()));
    }

    @Test
    @DisplayName("RET-1 the API refuses a day of collection in the future with a problem naming the field")
    void apiRefusesFutureCollection() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Futur" + suffix, ",\"collectedAt\":\"" + today().plusDays(2) + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("collectedAt"))
                .andExpect(jsonPath("$.errors[0].rule").value("notFuture"))
                .andExpect(jsonPath("$.errors[0].message", containsString("futur")));
    }

    @Test
    @DisplayName("PRO-6 the API refuses a last contact in the future, or before the collection")
    void apiRefusesImpossibleContacts() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Demain" + suffix, ",\"lastContactAt\":\"" + today().plusDays(1) + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastContactAt"))
                .andExpect(jsonPath("$.errors[0].rule").value("notFuture"));
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Avant" + suffix, ",\"collectedAt\":\"2020-05-01\",\"lastContactAt\":\"2019-01-01\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastContactAt"))
                .andExpect(jsonPath("$.errors[0].rule").value("contactBeforeCollection"))
                .andExpect(jsonPath("$.errors[0].message", containsString("date de collecte")));
    }

    @Test
    @DisplayName("RET-1 PRO-6 a PUT without the days keeps them; a stated last contact corrects the day and the end of the relationship, never below a recorded contact")
    void putKeepsOrCorrectsTheDays() throws Exception {
        var id = create("Maj" + suffix, ",\"collectedAt\":\"2018-01-10\",\"lastContactAt\":\"2023-06-01\"");

        mvc.perform(put("/api/v1/persons/" + id).with(as("SUPPORT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Maj" + suffix, "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.collectedAt").value("2018-01-10"))
                .andExpect(jsonPath("$.lastContactAt").value("2023-06-01"));

        contacts.record(new PersonId(UUID.fromString(id)), LocalDate.of(2020, 2, 3), ContactKind.CALL);
        mvc.perform(put("/api/v1/persons/" + id).with(as("SUPPORT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Maj" + suffix, ",\"lastContactAt\":\"2021-03-04\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastContactAt").value("2021-03-04"))
                .andExpect(jsonPath("$.relationshipEndAt").value("2021-03-04"));

        mvc.perform(put("/api/v1/persons/" + id).with(as("SUPPORT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Maj" + suffix, ",\"lastContactAt\":\"2019-03-04\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastContactAt"))
                .andExpect(jsonPath("$.errors[0].rule").value("beforeRecordedContact"))
                .andExpect(jsonPath("$.errors[0].message", containsString("2020-02-03")));
    }

    @Test
    @DisplayName("RET-1 CON-9 a change of the days is kept in the person's history, field by field")
    void historyKeepsTheDays() throws Exception {
        var id = new PersonId(UUID.fromString(create("Histo" + suffix, ",\"collectedAt\":\"2022-02-02\"")));

        mvc.perform(put("/api/v1/persons/" + id).with(as("SUPPORT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Histo" + suffix, ",\"collectedAt\":\"2017-07-07\",\"lastContactAt\":\"2020-08-08\"")))
                .andExpect(status().isOk());

        var history = persons.history(id);
        assertThat(history.get(0).kind()).isEqualTo("UPDATED");
        assertThat(history.get(0).fields()).extracting(f -> f.field() + ":" + f.before() + ">" + f.after())
                .containsExactly("collectedAt:2022-02-02>2017-07-07", "lastContactAt:null>2020-08-08");
        assertThat(history.get(1).fields()).extracting(f -> f.field() + ":" + f.after())
                .contains("collectedAt:2022-02-02");
    }

    @Test
    @DisplayName("RET-1 PRO-6 the person form takes the two days, the page shows them with their labels and the history names them")
    void formTakesAndShowsTheDays() throws Exception {
        var sales = user("camille").roles("SALES");
        var created = mvc.perform(post("/persons").with(csrf()).with(sales)
                        .param("type", "PROSPECT").param("audience", "CONSUMER").param("lastName", "Ecran" + suffix)
                        .param("collectedAt", "2016-09-12").param("lastContactAt", "2018-11-20"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        var id = created.substring(created.lastIndexOf('/') + 1);

        mvc.perform(get("/persons/" + id).with(sales))
                .andExpect(content().string(allOf(containsString("Date de collecte"), containsString("12/09/2016"),
                        containsString("Dernier contact de la personne"), containsString("20/11/2018"))));
        mvc.perform(get("/persons/" + id + "/edit").with(sales))
                .andExpect(content().string(allOf(containsString("value=\"2016-09-12\""),
                        containsString("value=\"2018-11-20\""))));

        mvc.perform(post("/persons/" + id).with(csrf()).with(sales)
                        .param("type", "PROSPECT").param("audience", "CONSUMER").param("lastName", "Ecran" + suffix)
                        .param("collectedAt", "2015-09-12").param("lastContactAt", "2018-11-20"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/persons/" + id).with(sales).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Collection date"), containsString("2015-09-12"),
                        containsString("2016-09-12"), not(containsString("collectedAt")))));
    }

    @Test
    @DisplayName("RET-1 the new-person form offers today as the collection, and refuses a future or unreadable day on its field")
    void formRefusesFutureAndUnreadableDays() throws Exception {
        var sales = user("camille").roles("SALES");
        mvc.perform(get("/persons/new").with(sales))
                .andExpect(content().string(containsString("value=\"" + today() + "\"")));

        mvc.perform(post("/persons").with(csrf()).with(sales)
                        .param("type", "PROSPECT").param("audience", "CONSUMER").param("lastName", "Refus" + suffix)
                        .param("collectedAt", today().plusDays(3).toString()).param("lastContactAt", "31/02/2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cette date ne peut pas être dans le futur."),
                        containsString("Date invalide"), containsString("id=\"collectedAt-error\""),
                        containsString("id=\"lastContactAt-error\""))));
    }
}
