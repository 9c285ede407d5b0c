package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The relationship API (PRO-2, PRO-6, RET): purchases, contacts from the person, product families. */
@IntegrationTest
class RelationshipApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    ProductFamilies families;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static RequestPostProcessor as(String role) {
        return user("api-" + role.toLowerCase()).roles(role);
    }

    private PersonId person() {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Api" + suffix, null,
                null, null, null, null, null, null, null, null, null)).id();
    }

    private String family() {
        return families.create("API_" + suffix, "Mobilier de jardin " + suffix).code();
    }

    private String purchase(LocalDate date, String family) {
        return """
                {"date":"%s","productFamily":"%s","warrantyEnd":null,"contractEnd":null,"emailCollectedAtSale":true,
                 "oppositionOffered":true,"opposed":false}""".formatted(date, family);
    }

    @Test
    @DisplayName("PRO-2 POST /api/v1/persons/{id}/purchases answers 201 with the purchase; GET lists it; the person "
            + "becomes a customer whose relationshipEndAt is the purchase")
    void recordsAPurchase() throws Exception {
        var person = person();
        var family = family();
        var today = LocalDate.now(clock);

        mvc.perform(post("/api/v1/persons/{id}/purchases", person).with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(purchase(today.minusDays(1), family)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.personId").value(person.toString()))
                .andExpect(jsonPath("$.date").value(today.minusDays(1).toString()))
                .andExpect(jsonPath("$.productFamily").value(family))
                .andExpect(jsonPath("$.emailCollectedAtSale").value(true))
                .andExpect(jsonPath("$.oppositionOffered").value(true))
                .andExpect(jsonPath("$.opposed").value(false));

        mvc.perform(get("/api/v1/persons/{id}/purchases", person).with(as("DPO")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].productFamily").value(family));
        mvc.perform(get("/api/v1/persons/{id}", person).with(as("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("CUSTOMER"))
                .andExpect(jsonPath("$.relationshipEndAt").value(today.minusDays(1).toString()));
    }

    @Test
    @DisplayName("PRO-6 POST /api/v1/persons/{id}/contacts answers 201; lastContactAt on the person resource")
    void recordsAContact() throws Exception {
        var person = person();
        var day = LocalDate.now(clock).minusDays(2);

        mvc.perform(post("/api/v1/persons/{id}/contacts", person).with(as("SUPPORT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + day + "\",\"kind\":\"REPLY\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("REPLY"))
                .andExpect(jsonPath("$.date").value(day.toString()));

        mvc.perform(get("/api/v1/persons/{id}", person).with(as("SALES")))
                .andExpect(jsonPath("$.lastContactAt").value(day.toString()));
        mvc.perform(get("/api/v1/persons/{id}/contacts", person).with(as("ACCOUNTING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("REPLY"));
        auditLog.flush();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_type = 'person-contact' "
                + "AND resource_id = ? AND action = 'CREATE'").param(person.toString()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("PRO-2 PRO-6 refused inputs are 400 problems naming each field; an open is not a contact kind")
    void refusesFieldByField() throws Exception {
        var person = person();

        mvc.perform(post("/api/v1/persons/{id}/purchases", person).with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(purchase(LocalDate.now(clock).plusDays(3), "NOPE_" + suffix)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("date")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("familyUnknown")));
        mvc.perform(post("/api/v1/persons/{id}/contacts", person).with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-01-02\",\"kind\":\"OPEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/persons/{id}/contacts", person).with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-01-02\",\"kind\":\"CALL\",\"opened\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opened"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-property"));
    }

    @Test
    @DisplayName("PRO-2 a purchase or contact of nobody is 404")
    void unknownPerson() throws Exception {
        var nobody = UUID.randomUUID();

        mvc.perform(post("/api/v1/persons/{id}/purchases", nobody).with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(purchase(LocalDate.now(clock), family())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/persons/{id}/contacts", nobody).with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-01-02\",\"kind\":\"CALL\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/persons/{id}/purchases", nobody).with(as("DPO"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PRO-2 SEC-2 only sales and customer service record purchases and contacts; the DPO and marketing read")
    void roles() throws Exception {
        var person = person();
        var family = family();

        for (var role : new String[] {"MARKETING", "DPO", "ACCOUNTING", "ADMIN"}) {
            mvc.perform(post("/api/v1/persons/{id}/purchases", person).with(as(role)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(purchase(LocalDate.now(clock), family)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/persons/{id}/contacts", person).with(as(role)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-01-02\",\"kind\":\"CALL\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/persons/{id}/purchases", person).with(as("ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/product-families").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"X_" + suffix + "\",\"name\":\"X\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_purchase WHERE person_id = ?").param(person.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("PRO-2 GET/POST /api/v1/product-families: 201 with the family; a used code or a bad pattern is 400")
    void productFamilies() throws Exception {
        var code = "JARDIN_" + suffix;

        mvc.perform(post("/api/v1/product-families").with(as("MARKETING")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"Mobilier de jardin\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.name").value("Mobilier de jardin"))
                .andExpect(jsonPath("$.retired").value(false));
        mvc.perform(post("/api/v1/product-families").with(as("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\",\"name\":\"Autre\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].rule").value("familyUnique"));
        mvc.perform(post("/api/v1/product-families").with(as("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"jardin d'été\",\"name\":\"Autre\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("familyCode"));
        mvc.perform(get("/api/v1/product-families").with(as("SALES")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(code)));
    }

    @Test
    @DisplayName("PRO-2 the person resource reads and writes sector and genericAddress")
    void sectorAndGenericAddress() throws Exception {
        var body = """
                {"type":"PROSPECT","audience":"PROFESSIONAL","lastName":"Pro%s","company":"Cantine %s",
                 "jobTitle":"Acheteuse","sector":"Restauration collective","genericAddress":true,
                 "email":"contact@cantine-%s.fr"}""".formatted(suffix, suffix, suffix.toLowerCase());
        var created = mvc.perform(post("/api/v1/persons").with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sector").value("Restauration collective"))
                .andExpect(jsonPath("$.genericAddress").value(true))
                .andReturn().getResponse().getContentAsString();
        var id = com.jayway.jsonpath.JsonPath.read(created, "$.id").toString();

        mvc.perform(put("/api/v1/persons/{id}", id).with(as("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"genericAddress\":true", "\"genericAddress\":false")
                                .replace("Restauration collective", "Hôtellerie\\nrestauration")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sector"));
    }
}
