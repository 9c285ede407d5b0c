package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodian.audit.AuditLog;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PersonApiIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** A phone of this test only: creating a person whose phone is on file is refused as a possible duplicate. */
    private final String phone = "+33 6 " + "%08d".formatted(Math.floorMod(suffix.hashCode(), 100_000_000));

    static RequestPostProcessor as(String role) {
        return user("api-" + role.toLowerCase()).roles(role);
    }

    private String body(String lastName, String extra) {
        return """
                {"type":"CUSTOMER","audience":"CONSUMER","civility":"MS","lastName":"%s","firstNames":"Marie",
                 "email":"marie.%s@example.com","phone":"%s","birthDate":"1984-05-17"%s}"""
                .formatted(lastName, suffix, phone, extra);
    }

    private String create(String lastName, String extra) throws Exception {
        var result = mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(lastName, extra)))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    @Test
    @DisplayName("CON-1 API create answers 201 with Location, a generated id and internal code")
    void createsAPerson() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Api" + suffix, "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/persons/")))
                .andExpect(jsonPath("$.internalCode", startsWith("CUS-")))
                .andExpect(jsonPath("$.lastName").value("Api" + suffix))
                .andExpect(jsonPath("$.type").value("CUSTOMER"))
                .andExpect(jsonPath("$.birthDate").value("1984-05-17"));
    }

    @Test
    @DisplayName("CON-1 API round trip: read, replace, delete")
    void roundTrip() throws Exception {
        var id = create("Trip" + suffix, "");

        mvc.perform(get("/api/v1/persons/" + id).with(as("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.email").value("marie." + suffix + "@example.com"));
        mvc.perform(put("/api/v1/persons/" + id).with(as("SUPPORT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Trip" + suffix, ",\"address\":\"3 rue Neuve\\n75001 Paris\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("3 rue Neuve\n75001 Paris"));
        mvc.perform(delete("/api/v1/persons/" + id).with(as("DPO")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/persons/" + id).with(as("SALES")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @DisplayName("CON-2 API refuses a NIR as accounting code with a problem detail naming field and rule")
    void refusesNirAsAccountingCode() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Nir" + suffix, ",\"accountingCode\":\"2 90 12 2A 004 123 67\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:identifier-guard"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("accountingCode"))
                .andExpect(jsonPath("$.errors[0].rule").value("CON-2.NIR"))
                .andExpect(jsonPath("$.errors[0].message", containsString("sécurité sociale")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE last_name = ?").param("Nir" + suffix)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("CON-2 API refuses a card number as external reference")
    void refusesCardAsExternalRef() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Card" + suffix, ",\"externalRef\":\"5555 5555 5555 4444\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("externalRef"))
                .andExpect(jsonPath("$.errors[0].rule").value("CON-2.CARD"));
    }

    @Test
    @DisplayName("CON-1 API reports every invalid field with its rule")
    void reportsEveryInvalidField() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"PROSPECT\",\"audience\":\"CONSUMER\",\"email\":\"not-an-email\","
                                + "\"birthDate\":\"2999-01-01\",\"company\":\"ACME\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:validation"))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("required")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("past")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("professionalOnly")));
    }

    @Test
    @DisplayName("CON-2 API refuses id and internalCode in a request body: they are generated")
    void refusesReadOnlyProperties() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Ro" + suffix, ",\"internalCode\":\"MY-CODE\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("internalCode"))
                .andExpect(jsonPath("$.errors[0].rule").value("read-only"));
    }

    @Test
    @DisplayName("CON-1 API refuses unknown properties instead of dropping them")
    void refusesUnknownProperties() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Unk" + suffix, ",\"lastname\":\"typo\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:unknown-property"))
                .andExpect(jsonPath("$.errors[0].field").value("lastname"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-property"));
    }

    @Test
    @DisplayName("CON-1 API names the field of an unreadable value")
    void namesUnreadableField() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"FRIEND\",\"audience\":\"CONSUMER\",\"lastName\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].rule").value("format"));
    }

    @Test
    @DisplayName("CON-5 API stores a note with sensitive terms and returns its review flags")
    void flagsSensitiveNote() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Flag" + suffix, ",\"notes\":\"Cliente diabétique, très sympathique\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviewFlags[0].category").value("HEALTH"))
                .andExpect(jsonPath("$.reviewFlags[0].terms[0]").value("diabétique"));
    }

    @Test
    @DisplayName("CON-5 API refuses a note holding a card number")
    void refusesCardInNote() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("NoteCard" + suffix, ",\"notes\":\"payé avec 4111-1111-1111-1111\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:free-text-guard"))
                .andExpect(jsonPath("$.errors[0].field").value("notes"))
                .andExpect(jsonPath("$.errors[0].rule").value("CON-5.CARD"));
    }

    @Test
    @DisplayName("CON-6 API refuses a card security code in a JSON body, at any depth and spelling")
    void refusesCardSecurityCodeInJson() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Cvv" + suffix, ",\"payment\":{\"Card_CVV2\":\"123\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:card-security-code"))
                .andExpect(jsonPath("$.detail", containsString("cryptogramme visuel ne doit jamais être conservé")))
                .andExpect(jsonPath("$.errors[0].field").value("Card_CVV2"))
                .andExpect(jsonPath("$.errors[0].rule").value("CON-6"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE last_name = ?").param("Cvv" + suffix)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("CON-6 API refuses a card security code sent as a query parameter")
    void refusesCardSecurityCodeParameter() throws Exception {
        mvc.perform(post("/api/v1/persons").param("cryptogramme_visuel", "123").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("CvvParam" + suffix, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cryptogramme_visuel"));
    }

    @Test
    @DisplayName("CON-1 API search finds by partial phone digits whatever the formatting, with paging")
    void searchesByPhoneWithPaging() throws Exception {
        var digits = String.valueOf(10 + new java.util.Random().nextInt(89));
        var unique = "Pag" + suffix;
        for (var i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(("{\"type\":\"PROSPECT\",\"audience\":\"CONSUMER\",\"lastName\":\"%s\","
                            + "\"phone\":\"07.%s.%s.%s.0%d\"}").formatted(unique, suffix.substring(0, 2).replaceAll("\\D", "1"),
                            digits, digits, i)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/persons").param("q", unique).param("size", "2").with(as("ACCOUNTING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.content.length()").value(2));
    }

    @Test
    @DisplayName("SEC-2 MARKETING may read persons but not create them")
    void marketingCannotCreate() throws Exception {
        mvc.perform(post("/api/v1/persons").with(as("MARKETING")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Mkt" + suffix, "")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SEC-2 ADMIN has no access to the customer file")
    void adminCannotRead() throws Exception {
        mvc.perform(get("/api/v1/persons").with(as("ADMIN"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SEC-2 only the DPO may delete a person")
    void salesCannotDelete() throws Exception {
        var id = create("Del" + suffix, "");
        mvc.perform(delete("/api/v1/persons/" + id).with(as("SALES")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("CON-9 API updates and deletions are audited")
    void auditsUpdateAndDelete() throws Exception {
        var id = create("Change" + suffix, "");
        mvc.perform(put("/api/v1/persons/" + id).with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Changed" + suffix, "")))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/persons/" + id).with(as("DPO")).with(csrf())).andExpect(status().isNoContent());

        auditLog.flush();
        var actions = jdbc.sql("SELECT action FROM audit_entry WHERE resource_type = 'person' AND resource_id = ? ORDER BY sequence_no")
                .param(id).query(String.class).list();
        assertThat(actions).containsSubsequence("CREATE", "UPDATE", "DELETE");
    }

    @Test
    @DisplayName("SEC-3 API reads and changes of a person are audited, searches without their text")
    void auditsReadsAndChanges() throws Exception {
        var id = create("Audit" + suffix, "");
        mvc.perform(get("/api/v1/persons/" + id).with(as("SUPPORT"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons").param("q", "Audit" + suffix).with(as("SUPPORT"))).andExpect(status().isOk());

        auditLog.flush();
        var actions = jdbc.sql("SELECT action FROM audit_entry WHERE resource_type = 'person' AND resource_id = ? ORDER BY sequence_no")
                .param(id).query(String.class).list();
        assertThat(actions).containsSubsequence("CREATE", "READ");
        var leaked = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE purpose LIKE ? OR detail LIKE ?")
                .params("%Audit" + suffix + "%", "%Audit" + suffix + "%").query(Long.class).single();
        assertThat(leaked).isZero();
        auditLog.flush();
        var searches = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SEARCH' AND actor = 'api-support'")
                .query(Long.class).single();
        assertThat(searches).isPositive();
    }
}
