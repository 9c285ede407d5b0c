package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * RET-2: the intermediate archive is read by the archivist and the DPO only, with a stated reason written to the
 * access log, and the archived person has left every screen and search of the active base.
 */
@IntegrationTest
class ArchiveIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    Purchases purchases;
    @Autowired
    ProductFamilies families;
    @Autowired
    RetentionSweeps sweeps;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private PersonId customer;

    @BeforeEach
    void archiveAFormerCustomer() {
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        customer = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Archive" + suffix,
                "Paul", "paul." + suffix + "@example.com", null, null, null, null, null, null, null, null)).id();
        var family = families.create("A_" + suffix, "Archive " + suffix).code();
        purchases.record(customer, new PurchaseData(today.minusYears(4), family, null, null, true, true, false));
        var sweep = sweeps.request();
        await().atMost(Duration.ofSeconds(60)).until(() -> !sweeps.find(sweep.id()).active());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_person WHERE person_id = ?").param(customer.value())
                .query(Long.class).single()).isOne();
    }

    @Test
    @DisplayName("RET-2 the archivist finds an archived customer with a stated reason, written to the access log")
    void archivistSearchesWithAReason() throws Exception {
        mvc.perform(get("/api/v1/archive/persons").param("q", "archive" + suffix)
                        .param("reason", "Contrôle fiscal " + suffix).with(user("archivist").roles("ARCHIVIST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].personId").value(customer.value().toString()))
                .andExpect(jsonPath("$.content[0].reason").value("EVIDENCE"));
        mvc.perform(get("/api/v1/archive/persons/" + customer.value()).param("reason", "Litige " + suffix)
                        .with(user("archivist").roles("ARCHIVIST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purchases.length()").value(1));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE purpose = ?").param("Contrôle fiscal " + suffix)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE purpose = ? AND resource_id = ?")
                .params("Litige " + suffix, customer.value().toString()).query(Long.class).single()).isOne();
    }

    @Test
    @DisplayName("RET-2 without a reason the archive answers nothing, on the API and on the screen")
    void refusesAReadWithoutAReason() throws Exception {
        mvc.perform(get("/api/v1/archive/persons").param("q", "archive" + suffix)
                        .with(user("archivist").roles("ARCHIVIST")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/retention/archive").param("q", "archive" + suffix).param("reason", "")
                        .with(user("archivist").roles("ARCHIVIST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Archive" + suffix))));
    }

    @Test
    @DisplayName("RET-2 sales staff cannot read the archive, and the archived person has left the active base's list")
    void salesCannotReadTheArchive() throws Exception {
        mvc.perform(get("/api/v1/archive/persons").param("reason", "curiosité")
                        .with(user("sales").roles("SALES")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons").param("q", "archive" + suffix).with(user("sales").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(customer.value().toString()))));
    }

    @Test
    @DisplayName("RET-2 the archive's screen shows the archived customer and their contracts to the DPO")
    void screenShowsTheArchivedCustomer() throws Exception {
        mvc.perform(get("/retention/archive").param("q", "archive" + suffix).param("reason", "Demande d'accès")
                        .with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paul Archive" + suffix)));
        mvc.perform(get("/retention/archive/" + customer.value()).param("reason", "Demande d'accès")
                        .with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"archived-purchases\"")));
    }
}
