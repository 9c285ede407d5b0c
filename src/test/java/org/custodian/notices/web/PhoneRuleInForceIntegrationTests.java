package org.custodian.notices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.contacts.Persons;
import org.custodian.notices.BoxKind;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FieldChoice;
import org.custodian.notices.FormBox;
import org.custodian.notices.FormDefinition;
import org.custodian.notices.FormField;
import org.custodian.notices.FormFixture;
import org.custodian.notices.PartnerOffer;
import org.custodian.notices.PrivacyNotices;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PRO-4 (issue 9 §1): the phone rule of forms is taken on the day a form is shown or submitted. A consumer prospecting
 * form saved on 1 August 2026 with a phone opposition box offers it that day, and no longer from 11 August 2026.
 */
@IntegrationTest
class PhoneRuleInForceIntegrationTests {

    private static final String PHONE_OPPOSITION = "Je ne souhaite pas être appelé(e) pour les offres de Maison Lumière.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    Persons persons;
    @Autowired
    MutableClock clock;

    private Instant restore;

    @AfterEach
    void restoreClock() {
        if (restore != null) {
            clock.set(restore);
        }
    }

    @Test
    @DisplayName("PRO-4 a form saved before 11 August 2026 with a phone opposition box no longer shows it, nor takes "
            + "it, once the date has passed; its other boxes are unchanged")
    void oldFormLosesThePhoneOppositionAfterTheDate() throws Exception {
        restore = clock.instant();
        clock.set(Instant.parse("2026-08-01T09:00:00Z"));
        FormFixture.openForm(jdbc, notices, forms, List.of());
        var slug = "appels-" + UUID.randomUUID().toString().substring(0, 8);
        asDpo(() -> forms.create(slug, new FormDefinition("Recevoir nos offres", null, "fr", Audience.CONSUMER,
                List.of("PROSPECTING"),
                List.of(new FieldChoice(FormField.LAST_NAME, true), new FieldChoice(FormField.EMAIL, true),
                        new FieldChoice(FormField.PHONE, false)),
                List.of(new FormBox(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL, FormFixture.EMAIL_TEXT),
                        new FormBox(BoxKind.OPPOSITION, "PROSPECTING", Channel.PHONE, PHONE_OPPOSITION)),
                PartnerOffer.NONE, null, List.of(), List.of())));

        mvc.perform(get("/p/forms/{slug}", slug)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"opposition\" value=\"PROSPECTING:PHONE\"")));

        clock.set(Instant.parse("2026-08-11T07:00:00Z"));

        mvc.perform(get("/p/forms/{slug}", slug)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"consent\" value=\"PROSPECTING:EMAIL\""),
                        not(containsString("PROSPECTING:PHONE")), not(containsString("être appelé(e)")))));
        var email = "appel." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post("/p/forms/{slug}", slug).param("formVersion", "1").param("lastName", "Morel")
                        .param("email", email).param("phone", "06 12 34 56 78")
                        .param("opposition", "PROSPECTING:PHONE"))
                .andExpect(status().isUnprocessableContent());
        assertThat(persons.findByEmail(email, "test")).isEmpty();
    }

    private static void asDpo(Runnable action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("dpo-forms",
                "n/a", AuthorityUtils.createAuthorityList("ROLE_DPO")));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
