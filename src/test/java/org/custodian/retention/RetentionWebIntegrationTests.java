package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.Restrictions;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * RET-3: the forecast and the sweeps on the screens and through the API, for the DPO.
 */
@IntegrationTest
class RetentionWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Restrictions restrictions;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private PersonId prospectCollected(LocalDate collected) {
        var id = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Prevu" + suffix, "Léa",
                "prevu." + suffix + "@example.com", null, null, null, null, null, null, null, null, null, false,
                collected, null)).id();
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    @Test
    @DisplayName("RET-3 the forecast lists a prospect whose three years end within the days asked, with a link to "
            + "their page, and not before")
    void forecastListsWhoIsDue() throws Exception {
        var person = prospectCollected(today().minusYears(3).plusDays(10));

        mvc.perform(get("/api/v1/retention/forecast").param("days", "5").param("size", "200")
                        .with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(person.value().toString()))));
        mvc.perform(get("/retention/forecast").param("days", "10").param("size", "200")
                        .with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/persons/" + person.value())))
                .andExpect(content().string(containsString("Prospection")));
    }

    @Test
    @DisplayName("RET-3 the forecast's export is a CSV for French spreadsheets with every person due")
    void exportsTheForecast() throws Exception {
        var person = prospectCollected(today().minusYears(3).minusDays(1));
        // Held, so that a sweep another test left queued cannot delete them before the export reads them.
        restrictions.restrict(person, "ACCURACY_CONTESTED", "Conteste son adresse");

        var csv = mvc.perform(get("/retention/forecast/export").param("days", "0").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("retention-forecast-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFperson_id;name;");
        assertThat(csv).contains(person.value() + ";Léa Prevu" + suffix + ";prospect;");
    }

    @Test
    @DisplayName("RET-3 a number of days out of range is refused, on the API as a problem naming the field and on "
            + "the screen next to the field")
    void refusesDaysOutOfRange() throws Exception {
        mvc.perform(get("/api/v1/retention/forecast").param("days", "4000").with(user("dpo").roles("DPO")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/retention/forecast").param("days", "abc").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"days-error\"")));
    }

    @Test
    @DisplayName("RET-3 the DPO runs a sweep through the API: 202 with its location, then its state and counts")
    void runsASweepThroughTheApi() throws Exception {
        var result = mvc.perform(post("/api/v1/retention/sweeps").with(user("dpo").roles("DPO")))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/v1/retention/sweeps/")))
                .andReturn();
        var id = JsonPath.read(result.getResponse().getContentAsString(), "$.id").toString();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/v1/retention/sweeps/" + id)
                        .with(user("dpo").roles("DPO")))
                .andExpect(jsonPath("$.state").value("DONE")));
        mvc.perform(get("/retention/sweeps/" + id).with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sweep-progress\"")));
    }

    @Test
    @DisplayName("RET-3 the screens run a sweep and show it, and only the DPO may")
    void screensRunASweep() throws Exception {
        mvc.perform(post("/retention/sweeps").with(csrf()).with(user("dpo").roles("DPO")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/retention/sweeps/")));
        mvc.perform(get("/retention").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"retention-sweeps\"")));
        mvc.perform(post("/api/v1/retention/sweeps").with(user("sales").roles("SALES")))
                .andExpect(status().isForbidden());
    }
}
