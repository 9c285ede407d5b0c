package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * RET-2: the statistics that survive the persons are aggregates that identify no one — an attacker who knows one
 * deleted person's kind, source and year of collection cannot find them in the statistics.
 */
@IntegrationTest
class LeavingStatisticsIntegrationTests {

    @Autowired
    RetentionSweeps sweeps;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("RET-2 a person alone in their cell is never counted as one: the statistics say fewer than 5, hold no "
            + "identifier, and the counts add up")
    void aLonePersonCannotBeFoundInTheStatistics() throws Exception {
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        // An unusual year of collection, that no other test uses: the cell of this one person.
        var collected = LocalDate.of(1987, 6, 15);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        persons.create(new PersonData(PersonType.PROSPECT, Audience.PROFESSIONAL, null, "Unique" + suffix, "Ada",
                "ada." + suffix + "@example.com", null, null, null, "Seule SARL", null, null, null, null, null, false,
                collected, null));

        var asked = sweeps.request();
        await().atMost(Duration.ofSeconds(60)).until(() -> !sweeps.find(asked.id()).active());

        var cell = sweeps.statistics().stream().filter(c -> c.collectedYear() == 1987).toList();
        assertThat(cell).singleElement().satisfies(c -> {
            assertThat(c.leftMonth()).isEqualTo(today.withDayOfMonth(1));
            assertThat(c.fewerThanThreshold()).isTrue();
            assertThat(c.persons()).isNull();
        });
        var columns = jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns"
                        + " WHERE LOWER(table_name) = 'retention_statistic'")
                .query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("left_month", "type", "audience", "source", "collected_year",
                "persons");
        mvc.perform(get("/api/v1/retention/statistics").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Unique" + suffix))))
                .andExpect(content().string(containsString("\"collectedYear\":1987,\"persons\":null")));
    }
}
