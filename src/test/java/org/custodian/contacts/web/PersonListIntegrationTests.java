package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * CON-1 (issue 8): the persons list's filters, sort, paging and export, on the screen and through the API. Every test
 * narrows the list to its own persons with a unique word in their names, so that the shared test database's other
 * persons do not count.
 */
@IntegrationTest
@WithMockUser(username = "list-sales", roles = "SALES")
class PersonListIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    AuditLog auditLog;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private final String word = "Lst" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private static RequestPostProcessor as(String role) {
        return user("list-" + role.toLowerCase()).roles(role);
    }

    private PersonView person(String lastName, PersonType type, Audience audience) {
        return persons.create(new PersonData(type, audience, null, lastName + " " + word, "Camille",
                lastName.toLowerCase() + "." + word.toLowerCase() + "@example.com", null, null, null,
                audience == Audience.PROFESSIONAL ? "Exemple SA" : null, null, null, null, null));
    }

    @Test
    @DisplayName("CON-1 the API filters by relation and clientele together with the search text")
    void filtersByTypeAndAudience() throws Exception {
        person("Alpha", PersonType.CUSTOMER, Audience.PROFESSIONAL);
        person("Bravo", PersonType.CUSTOMER, Audience.CONSUMER);
        person("Charlie", PersonType.PROSPECT, Audience.PROFESSIONAL);

        mvc.perform(get("/api/v1/persons").with(as("MARKETING")).param("q", word).param("type", "CUSTOMER")
                        .param("audience", "PROFESSIONAL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Alpha " + word)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.totalCapped").value(false));
    }

    @Test
    @DisplayName("CON-1 a whole e-mail address finds that address, whatever its case, and not a longer one containing it")
    void findsAWholeEmailAddress() throws Exception {
        person("Alpha", PersonType.CUSTOMER, Audience.CONSUMER);
        person("Xalpha", PersonType.CUSTOMER, Audience.CONSUMER);

        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", " Alpha." + word + "@Example.com "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Alpha " + word)));
    }

    @Test
    @DisplayName("CON-1 the API sorts by any sortable column, in both directions")
    void sortsByColumn() throws Exception {
        for (var name : new String[] {"Bravo", "Alpha", "Charlie"}) {
            person(name, PersonType.CUSTOMER, Audience.CONSUMER);
            clock.advance(Duration.ofSeconds(1));
        }

        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("sort", "lastName,desc"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Charlie " + word, "Bravo " + word,
                        "Alpha " + word)));
        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("sort", "email"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Alpha " + word, "Bravo " + word,
                        "Charlie " + word)));
        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("sort", "createdAt,asc"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Bravo " + word, "Alpha " + word,
                        "Charlie " + word)));
    }

    @Test
    @DisplayName("CON-1 pages split the selection without skipping or repeating anyone, with the exact total")
    void pagesThroughTheSelection() throws Exception {
        for (var name : new String[] {"Echo", "Delta", "Bravo", "Alpha", "Charlie"}) {
            person(name, PersonType.PROSPECT, Audience.CONSUMER);
        }

        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("page", "1").param("size", "2"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Charlie " + word, "Delta " + word)))
                .andExpect(jsonPath("$.totalElements").value(5))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.totalCapped").value(false));
    }

    @Test
    @DisplayName("CON-1 a page past the last one is empty and still says how many persons the selection holds")
    void pagePastTheEndStillCounts() throws Exception {
        for (var name : new String[] {"Alpha", "Bravo", "Charlie"}) {
            person(name, PersonType.PROSPECT, Audience.CONSUMER);
        }

        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("page", "4").param("size", "2"))
                .andExpect(jsonPath("$.content").isEmpty())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    @DisplayName("CON-1 a large selection is counted only up to ten pages ahead and said to hold more")
    void countsALargeSelectionOnlyAhead() {
        var result = persons.list(org.custodian.contacts.PersonCriteria.ALL, org.custodian.contacts.PersonSort.DEFAULT,
                PageRequest.of(0, 1), "test");
        var stored = jdbc.sql("SELECT COUNT(*) FROM person WHERE erasure_requested_at IS NULL").query(Long.class).single();

        assertThat(result.total()).isEqualTo(Math.min(stored, 10));
        assertThat(result.totalCapped()).isEqualTo(stored > 10);
    }

    @Test
    @DisplayName("CON-1 the API refuses a filter value it does not understand, naming the parameter")
    void refusesAnUnknownFilterValue() throws Exception {
        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("type", "FRIEND").param("createdFrom", "31/12/2025"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("type", "createdFrom")));
    }

    @Test
    @DisplayName("CON-1 the list filters by creation and last-change dates, whole days in the organisation's zone")
    void filtersByDates() throws Exception {
        var now = clock.instant();
        try {
            clock.set(Instant.parse("2001-03-10T10:00:00Z"));
            var early = person("Alpha", PersonType.CUSTOMER, Audience.CONSUMER);
            clock.set(Instant.parse("2001-03-20T10:00:00Z"));
            person("Bravo", PersonType.CUSTOMER, Audience.CONSUMER);
            clock.set(Instant.parse("2001-03-25T10:00:00Z"));
            persons.update(early.id(), new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Alpha " + word,
                    "Camille", "alpha." + word.toLowerCase() + "@example.com", null, null, null, null, null, null, null,
                    null));
        } finally {
            clock.set(now);
        }

        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("createdFrom", "2001-03-15")
                        .param("createdTo", "2001-03-20"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Bravo " + word)));
        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("updatedFrom", "2001-03-25"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Alpha " + word)));
    }

    @Test
    @DisplayName("CON-1 the list filters by source: a person typed by staff is not one that came from an import")
    void filtersBySource() throws Exception {
        person("Alpha", PersonType.CUSTOMER, Audience.CONSUMER);

        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("source", "STAFF"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("source", "IMPORT"))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    @DisplayName("CON-1 the consent filter follows the ledger: the latest record of a purpose and channel wins")
    void filtersByConsentState() throws Exception {
        var given = person("Alpha", PersonType.PROSPECT, Audience.CONSUMER);
        var withdrawn = person("Bravo", PersonType.PROSPECT, Audience.CONSUMER);
        person("Charlie", PersonType.PROSPECT, Audience.CONSUMER);
        consent(given, "GIVEN", "2024-01-01T00:00:00Z");
        consent(withdrawn, "GIVEN", "2024-01-01T00:00:00Z");
        consent(withdrawn, "WITHDRAWN", "2024-02-01T00:00:00Z");

        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("consentEmail", "given"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Alpha " + word)));
        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("consentEmail", "refused"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Bravo " + word)));
        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("consentEmail", "none"))
                .andExpect(jsonPath("$.content[*].lastName").value(contains("Charlie " + word)));
        mvc.perform(get("/api/v1/persons").with(as("SALES")).param("q", word).param("consentSms", "none"))
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    /** A ledger record written as the ledger writes it (the consent module's own rules are tested there). */
    private void consent(PersonView person, String event, String at) {
        jdbc.sql("""
                INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by, source)
                VALUES (?, ?, 'newsletter', 'EMAIL', ?, 'STAFF', ?, 'test', 'test')""")
                .params(UUID.randomUUID(), person.id().value(), event, Timestamp.from(Instant.parse(at)))
                .update();
    }

    @Test
    @DisplayName("CON-1 the screen keeps the filters in the page and sort links and marks the sorted column")
    void screenKeepsFiltersAcrossPagesAndSorts() throws Exception {
        for (var name : new String[] {"Alpha", "Bravo", "Charlie"}) {
            person(name, PersonType.CUSTOMER, Audience.CONSUMER);
        }

        mvc.perform(get("/persons").with(as("SALES")).param("q", word).param("type", "CUSTOMER")
                        .param("sort", "createdAt,desc").param("size", "2").param("page", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("/persons?q=" + word + "&amp;type=CUSTOMER&amp;sort=createdAt,desc&amp;page=1&amp;size=2")))
                .andExpect(content().string(containsString("/persons?q=" + word + "&amp;type=CUSTOMER&amp;sort=email,asc&amp;size=2")))
                .andExpect(content().string(containsString("/persons/export?q=" + word + "&amp;type=CUSTOMER&amp;sort=createdAt,desc&amp;format=csv")))
                .andExpect(content().string(containsString("aria-current=\"page\"")));
    }

    @Test
    @DisplayName("CON-1 the CSV export of a selection: semicolons, UTF-8 with a byte-order mark, formulas guarded")
    void exportsTheSelectionAsCsv() throws Exception {
        persons.create(new PersonData(PersonType.CUSTOMER, Audience.PROFESSIONAL, null, "Élodie " + word, "Zoé",
                null, null, null, null, "@Acme", null, null, null, null));
        person("Prospect", PersonType.PROSPECT, Audience.CONSUMER);

        var response = mvc.perform(get("/persons/export").with(as("SALES")).param("q", word).param("type", "CUSTOMER")
                        .param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("persons.csv")))
                .andReturn().getResponse();
        var csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFinternalCode;type;audience;");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains(";Élodie " + word + ";Zoé;").contains(";'@Acme;").doesNotContain("Prospect");
    }

    @Test
    @DisplayName("CON-1 the API exports a selection as JSON, and one audit entry names the filters and the count")
    void exportsTheSelectionAsJsonAudited() throws Exception {
        person("Alpha", PersonType.CUSTOMER, Audience.CONSUMER);
        person("Bravo", PersonType.CUSTOMER, Audience.CONSUMER);
        person("Charlie", PersonType.PROSPECT, Audience.CONSUMER);

        var body = mvc.perform(get("/api/v1/persons/export").with(user("exporter-" + word).roles("MARKETING"))
                        .param("q", word).param("type", "CUSTOMER").param("sort", "lastName,desc").param("format", "json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonPath.<java.util.List<String>>read(body, "$[*].lastName"))
                .containsExactly("Bravo " + word, "Alpha " + word);
        auditLog.flush();
        var entries = auditLog.search(new AuditQuery("person", null, "exporter-" + word, AuditAction.EXPORT, null, null),
                PageRequest.of(0, 10)).content();
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.detail())
                .contains("JSON export of 2 persons").contains("type=CUSTOMER").contains("q=(text withheld)")
                .doesNotContain(word));
    }
}
