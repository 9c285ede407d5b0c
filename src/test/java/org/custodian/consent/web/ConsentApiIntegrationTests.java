package org.custodian.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.custodian.consent.ConsentBases;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ConsentApiIntegrationTests {

    private static final String TEXT = "J'accepte de recevoir les offres de Maison Lumière.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("PRO-1 an e-mail consent from a web shop creates the prospect and answers 202 pending confirmation")
    void emailConsentIsPending() throws Exception {
        var email = "shop-" + UUID.randomUUID() + "@example.org";

        collect(body(email, "Durand", "PROSPECTING", "EMAIL"), shop())
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("PENDING_CONFIRMATION"))
                .andExpect(jsonPath("$.purpose").value("PROSPECTING"))
                .andExpect(jsonPath("$.channel").value("EMAIL"))
                .andExpect(jsonPath("$.personId").isNotEmpty());

        var person = persons.findByEmail(email, "test").orElseThrow();
        assertThat(person.data().lastName()).isEqualTo("Durand");
        assertThat(person.data().type().name()).isEqualTo("PROSPECT");
    }

    @Test
    @DisplayName("PRO-1 an SMS consent from a web shop answers 202 active")
    void smsConsentIsActive() throws Exception {
        collect(body("sms-" + UUID.randomUUID() + "@example.org", "Martin", "PROSPECTING", "SMS"), shop())
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("ACTIVE"));
    }

    @Test
    @DisplayName("CON-9 a returning visitor's consent goes to the same person, not a duplicate")
    void returningVisitorIsMatchedByEmail() throws Exception {
        var email = "back-" + UUID.randomUUID() + "@example.org";
        var first = collect(body(email, "Petit", "PROSPECTING", "SMS"), shop()).andReturn().getResponse()
                .getContentAsString();

        collect(body(email.toUpperCase(), null, "PROSPECTING", "POST"), shop())
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.personId").value(Matchers.containsString(
                        first.replaceAll(".*\"personId\":\"([^\"]+)\".*", "$1"))));
    }

    @Test
    @DisplayName("PRO-1 a new person without last name is refused with 400 naming lastName; nothing is stored")
    void newPersonNeedsLastName() throws Exception {
        var email = "nolast-" + UUID.randomUUID() + "@example.org";

        collect(body(email, null, "PROSPECTING", "SMS"), shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastName"))
                .andExpect(jsonPath("$.errors[0].rule").value("required"));

        assertThat(persons.findByEmail(email, "test")).isEmpty();
    }

    @Test
    @DisplayName("PRO-7 a web shop may send a consent to the transmission to partners (PARTNER_TRANSMISSION)")
    void partnerTransmissionConsent() throws Exception {
        collect(body("partners-" + UUID.randomUUID() + "@example.org", "Roux", "PARTNER_TRANSMISSION", "SMS"), shop())
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.purpose").value("PARTNER_TRANSMISSION"))
                .andExpect(jsonPath("$.state").value("ACTIVE"));
    }

    @Test
    @DisplayName("PRO-1 an unknown purpose is refused with 400 naming purpose")
    void unknownPurpose() throws Exception {
        collect(body("purpose-" + UUID.randomUUID() + "@example.org", "Leroy", "NEWSLETTER", "SMS"), shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"))
                .andExpect(jsonPath("$.errors[0].rule").value("PRO-1.consent-purpose"));
    }

    @Test
    @DisplayName("PRO-1 a consent to the unpaid-debt exclusion, which cannot rest on consent, is refused with 400 "
            + "naming purpose; nothing is stored")
    void purposeThatCannotRestOnConsent() throws Exception {
        var email = "unpaid-" + UUID.randomUUID() + "@example.org";
        collect(body(email, "Leroy", "UNPAID_EXCLUSION", "POST"), shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"))
                .andExpect(jsonPath("$.errors[0].rule").value("PRO-1.consent-purpose"));
        assertThat(persons.findByEmail(email, "test")).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 PRO-7 a consent to partners' postal prospecting, which takes an objection, is refused with "
            + "400 naming channel")
    void partnerPostIsNoConsent() throws Exception {
        collect(body("partner-post-" + UUID.randomUUID() + "@example.org", "Leroy", "PARTNER_TRANSMISSION", "POST"),
                shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"))
                .andExpect(jsonPath("$.errors[0].rule").value("PRO-1.consent-channel"));
    }

    @Test
    @DisplayName("PRO-1 a proof whose IP address is a script is refused with an RFC 9457 problem naming ip")
    void ipMustBeAnAddress() throws Exception {
        var email = "ip-" + UUID.randomUUID() + "@example.org";
        collect(body(email, "Leroy", "PROSPECTING", "SMS").replace("203.0.113.9", "<script>"), shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:consent-validation"))
                .andExpect(jsonPath("$.errors[0].field").value("ip"))
                .andExpect(jsonPath("$.errors[0].rule").value("ip"));
        assertThat(persons.findByEmail(email, "test")).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 a source that is neither an http(s) address nor a documented label is refused naming source")
    void sourceMustBeAnAddressOrALabel() throws Exception {
        collect(body("src-" + UUID.randomUUID() + "@example.org", "Leroy", "PROSPECTING", "SMS")
                        .replace("https://boutique.example.com/checkout", "<b>partout</b>"), shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("in-store")));
        collect(body("label-" + UUID.randomUUID() + "@example.org", "Leroy", "PROSPECTING", "SMS")
                        .replace("https://boutique.example.com/checkout", "in-store"), shop())
                .andExpect(status().isAccepted());
    }

    @Test
    @DisplayName("PRO-1 beyond the day's confirmation mails to an address the API answers 429 and stores nothing")
    void confirmationLimit() throws Exception {
        var email = "limit-" + UUID.randomUUID() + "@example.org";
        var bases = ConsentBases.choose(jdbc);
        try {
            for (var purpose : List.of("PROSPECTING", "CUSTOMER_RELATIONSHIP", "CUSTOMER_STUDIES")) {
                collect(body(email, "Leroy", purpose, "EMAIL"), shop()).andExpect(status().isAccepted());
            }
        }
        finally {
            bases.restore();
        }
        collect(body(email, "Leroy", "PARTNER_TRANSMISSION", "EMAIL"), shop())
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.type").value("urn:custodian:problem:consent-confirmation-limit"));
    }

    @Test
    @DisplayName("PRO-1 an unknown channel and a missing text are refused field by field")
    void unknownChannelAndMissingText() throws Exception {
        var json = """
                {"email":"x-%s@example.org","lastName":"Roux","purpose":"PROSPECTING","channel":"FAX",
                 "ip":"203.0.113.9","userAgent":"Mozilla/5.0","source":"checkout"}""".formatted(UUID.randomUUID());
        collect(json, shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("channel", "text")));
    }

    @Test
    @DisplayName("CON-6 a card security code in the consent body is refused")
    void cardSecurityCodeRefused() throws Exception {
        var json = body("cvv-" + UUID.randomUUID() + "@example.org", "Blanc", "PROSPECTING", "SMS")
                .replace("\"source\"", "\"cvv\":\"123\",\"source\"");
        collect(json, shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("CON-6"));
    }

    @Test
    @DisplayName("SEC-2 marketing may not record consents through the API")
    void marketingMayNotCollect() throws Exception {
        collect(body("mkt-" + UUID.randomUUID() + "@example.org", "Noir", "PROSPECTING", "SMS"),
                user("hugo").roles("MARKETING"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-1 the consents API gives the current state and the history with full proof")
    void personConsentsWithProof() throws Exception {
        var email = "read-" + UUID.randomUUID() + "@example.org";
        var response = collect(body(email, "Garnier", "PROSPECTING", "SMS"), shop()).andReturn().getResponse()
                .getContentAsString();
        var personId = response.replaceAll(".*\"personId\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/persons/{id}/consents", personId).with(user("hugo").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current[0].purpose").value("PROSPECTING"))
                .andExpect(jsonPath("$.current[0].channel").value("SMS"))
                .andExpect(jsonPath("$.current[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.history[0].text").value(TEXT))
                .andExpect(jsonPath("$.history[0].ip").value("203.0.113.9"))
                .andExpect(jsonPath("$.history[0].userAgent").value("Mozilla/5.0 (shop)"))
                .andExpect(jsonPath("$.history[0].formVersion").value(4))
                .andExpect(jsonPath("$.history[0].noticeVersion").value(2))
                .andExpect(jsonPath("$.history[0].source").value("https://boutique.example.com/checkout"))
                .andExpect(jsonPath("$.history[0].proof").value("API"));
    }

    @Test
    @DisplayName("PRO-1 the consents of a person who does not exist answer 404")
    void unknownPerson() throws Exception {
        mvc.perform(get("/api/v1/persons/{id}/consents", UUID.randomUUID()).with(user("nadia").roles("DPO")))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("SEC-2 the administrator cannot read a person's consents")
    void adminMayNotRead() throws Exception {
        mvc.perform(get("/api/v1/persons/{id}/consents", UUID.randomUUID()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("PRO-1 a misspelt property is refused, not silently dropped")
    void unknownPropertyRefused() throws Exception {
        var json = body("typo-" + UUID.randomUUID() + "@example.org", "Morel", "PROSPECTING", "SMS")
                .replace("\"source\"", "\"lastname\":\"Morel\",\"source\"");
        collect(json, shop())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastname"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-property"));
    }

    @Test
    @DisplayName("PRO-1 the OpenAPI document lists the consents endpoints with their schemas")
    void documented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("dev").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/consents'].post.responses['202']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/consents'].post.responses['400'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}/consents'].get.responses['404']").exists())
                .andExpect(jsonPath("$.components.schemas.ConsentRequest.required", Matchers.hasItem("purpose")));
    }

    private ResultActions collect(String json, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/v1/consents").with(caller).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static RequestPostProcessor shop() {
        return user("web-shop").roles("SALES");
    }

    private static String body(String email, String lastName, String purpose, String channel) {
        return """
                {"email":"%s",%s"purpose":"%s","channel":"%s","text":"%s","formVersion":4,"noticeVersion":2,
                 "ip":"203.0.113.9","userAgent":"Mozilla/5.0 (shop)","source":"https://boutique.example.com/checkout"}"""
                .formatted(email, lastName == null ? "" : "\"lastName\":\"" + lastName + "\",", purpose, channel, TEXT);
    }
}
