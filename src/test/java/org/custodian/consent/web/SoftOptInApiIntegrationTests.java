package org.custodian.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.consent.SoftOptInStatus;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 9 §1, §6: a web shop records the soft opt-in evidence of a sale through {@code POST
 * /api/v1/persons/{id}/soft-opt-in}; the person's consents resource shows it.
 */
@IntegrationTest
class SoftOptInApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("PRO-2 a sale where the buyer could object and did not is recorded with its proof: 201, VALID, shown "
            + "in the person's consents")
    void recordsValidEvidence() throws Exception {
        var person = person();
        var purchase = UUID.randomUUID();

        post(person, body("EMAIL", "\"" + purchase + "\"", true, false, "203.0.113.9"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.channel").value("EMAIL"))
                .andExpect(jsonPath("$.id").isNotEmpty());

        var state = ledger.softOptIns(person).get(0);
        assertThat(state.status()).isEqualTo(SoftOptInStatus.VALID);
        assertThat(state.purchaseId()).isEqualTo(purchase);
        var record = ledger.evidence(person).softOptIns().get(0);
        assertThat(record.ip()).isEqualTo("203.0.113.9");
        assertThat(record.userAgent()).isEqualTo("Mozilla/5.0 (shop)");
        assertThat(record.source()).isEqualTo("https://boutique.example.com/checkout");
        assertThat(record.recordedBy()).isEqualTo("web-shop");
        mvc.perform(get("/api/v1/persons/{id}/consents", person).with(user("hugo").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.softOptIns[0].status").value("VALID"))
                .andExpect(jsonPath("$.softOptIns[0].saleReference").value("CMD-2026-00412"))
                .andExpect(jsonPath("$.softOptInHistory[0].oppositionHow").value("case à cocher sur la page de paiement"));
    }

    @Test
    @DisplayName("PRO-2 a buyer who ticked the box at checkout has no soft opt-in and an objection on the channel")
    void oppositionIsAnObjection() throws Exception {
        var person = person();

        post(person, body("SMS", "null", true, true, "203.0.113.9"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPPOSED"));

        assertThat(ledger.current(person)).singleElement().satisfies(state -> {
            assertThat(state.channel()).isEqualTo(Channel.SMS);
            assertThat(state.status()).isEqualTo(ConsentStatus.OBJECTED);
        });
    }

    @Test
    @DisplayName("PRO-1 a bad record is refused with 400 naming each field and rule, an unknown property or person "
            + "too; nothing is stored")
    void refusals() throws Exception {
        var person = person();

        post(person, body("PHONE", "null", true, false, "localhost"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].rule", Matchers.containsInAnyOrder("soft-opt-in-channel", "ip")));
        post(person, "{\"channel\":\"EMAIL\",\"saleReference\":\"CMD\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("oppositionOffered", "opposed")));
        post(person, body("EMAIL", "null", true, false, "203.0.113.9").replace("{", "{\"emailCollected\":true,"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("emailCollected"));
        post(UUID.randomUUID(), body("EMAIL", "null", true, false, "203.0.113.9"))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/persons/{id}/soft-opt-in", person).with(user("hugo").roles("MARKETING"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("EMAIL", "null", true, false, "203.0.113.9")))
                .andExpect(status().isForbidden());

        assertThat(ledger.softOptIns(person)).isEmpty();
    }

    @Test
    @DisplayName("OpenAPI documents the soft opt-in endpoint, its body and its refusals")
    void documented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("dev").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}/soft-opt-in'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}/soft-opt-in'].post.responses['400']"
                        + ".content['application/problem+json']").exists())
                .andExpect(jsonPath("$.components.schemas.SoftOptInRequest.required",
                        Matchers.hasItems("channel", "saleReference", "collectedOn", "oppositionOffered", "opposed")));
    }

    private ResultActions post(UUID person, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/persons/{id}/soft-opt-in", person).with(user("web-shop").roles("SALES"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String body(String channel, String purchase, boolean offered, boolean opposed, String ip) {
        return """
                {"channel":"%s","saleReference":"CMD-2026-00412","purchaseId":%s,"collectedOn":"%s",
                 "oppositionOffered":%s,"oppositionHow":"case à cocher sur la page de paiement","opposed":%s,
                 "ip":"%s","userAgent":"Mozilla/5.0 (shop)","source":"https://boutique.example.com/checkout"}"""
                .formatted(channel, purchase, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), offered, opposed,
                        ip);
    }

    private UUID person() {
        var email = "shop." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Achat", "Paul", email,
                "06 12 34 56 78", null, null, null, null, null, null, null)).id().value();
    }
}
