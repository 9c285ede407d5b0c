package org.custodian.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodian.contacts.Restrictions;
import org.custodian.mail.MailStatus;
import org.custodian.mail.MailView;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionRequest;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Campaigns sent without an SMTP server (the embedded default): nothing is said to be sent that was not. */
@IntegrationTest
class CampaignHeldIntegrationTests {

    @Autowired
    CampaignSender sender;
    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignDeliveryCheck check;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    Restrictions restrictions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "hugo", roles = "MARKETING")
    @DisplayName("PRO-5 without SMTP a campaign's messages stay held in the outbox, and the screens say so, never «sent»")
    void heldWithoutSmtp() throws Exception {
        var fixtures = new CampaignFixtures(jdbc, clock);
        fixtures.consenting("held-a-" + UUID.randomUUID() + "@example.org");
        fixtures.consenting("held-b-" + UUID.randomUUID() + "@example.org");
        var campaign = campaign(fixtures);

        assertThat(sender.begin(campaign)).isTrue();
        sender.run(campaign);

        var progress = sender.progress(campaign);
        assertThat(progress.finished()).isTrue();
        assertThat(progress.held()).isEqualTo(2);
        assertThat(progress.sent()).isZero();
        assertThat(progress.smtp()).isFalse();
        mvc.perform(get("/campaigns/{id}/progress", campaign).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.held").value(2))
                .andExpect(jsonPath("$.sent").value(0));
        mvc.perform(get("/campaigns/{id}/sending", campaign)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("2 messages sont retenus dans la boîte d"),
                        org.hamcrest.Matchers.containsString("aucun serveur SMTP n"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Envoyés")))));
    }

    @Test
    @WithMockUser(username = "hugo", roles = "MARKETING")
    @DisplayName("PRO-3 a campaign message whose recipient unsubscribed after it was written is withdrawn before delivery; the chunk's others are not")
    void withdrawnBeforeDelivery() {
        var fixtures = new CampaignFixtures(jdbc, clock);
        var address = "late-" + UUID.randomUUID() + "@example.org";
        var other = "stays-" + UUID.randomUUID() + "@example.org";
        var person = fixtures.consenting(address);
        var stays = fixtures.consenting(other);
        var campaign = campaign(fixtures);
        sender.begin(campaign);
        sender.run(campaign);
        var chunk = List.of(view(campaign, person, address), view(campaign, stays, other));
        assertThat(check.refuseAll(chunk)).isEmpty();

        suppressions.add(new SuppressionRequest(address, null, SuppressionChannel.EMAIL, SuppressionSource.STAFF,
                "by letter"));

        assertThat(check.refuseAll(chunk)).containsOnlyKeys(chunk.get(0).id());
    }

    @Test
    @WithMockUser(username = "hugo", roles = "MARKETING")
    @DisplayName("DSR-5 a campaign message whose recipient's processing was restricted after it was written is withdrawn before delivery; the chunk's others are not")
    void restrictedBeforeDelivery() {
        var fixtures = new CampaignFixtures(jdbc, clock);
        var address = "frozen-" + UUID.randomUUID() + "@example.org";
        var other = "goes-" + UUID.randomUUID() + "@example.org";
        var person = fixtures.consenting(address);
        var goes = fixtures.consenting(other);
        var campaign = campaign(fixtures);
        sender.begin(campaign);
        sender.run(campaign);
        var chunk = List.of(view(campaign, person, address), view(campaign, goes, other));
        assertThat(check.refuseAll(chunk)).isEmpty();

        restrictions.restrict(person, "ACCURACY_CONTESTED", "Conteste son adresse");

        assertThat(check.refuseAll(chunk)).containsOnly(
                Map.entry(chunk.get(0).id(), CampaignDeliveryCheck.RESTRICTED));
    }

    private MailView view(UUID campaign, org.custodian.shared.PersonId person, String address) {
        var mail = jdbc.sql("SELECT mail_id FROM campaign_message WHERE campaign_id = ? AND person_id = ?")
                .params(campaign, person.value()).query(UUID.class).single();
        return new MailView(mail, Instant.now(clock), "system", CampaignMessageWriter.mailCategory(campaign),
                address, "Objet", "Texte", null, Map.of(), MailStatus.SENDING, 0, null, null, null);
    }

    @Test
    @WithMockUser(username = "hugo", roles = "MARKETING")
    @DisplayName("PRO-5 the API starts a sending with 202, and a second request starts nothing more")
    void apiSendAccepted() throws Exception {
        var fixtures = new CampaignFixtures(jdbc, clock);
        fixtures.consenting("api-" + UUID.randomUUID() + "@example.org");
        var campaign = campaign(fixtures);

        mvc.perform(post("/api/v1/campaigns/{id}/send", campaign)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(campaign.toString()));
        mvc.perform(post("/api/v1/campaigns/{id}/send", campaign)).andExpect(status().isAccepted());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_sending WHERE campaign_id = ?").param(campaign)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "hugo", roles = "MARKETING")
    @DisplayName("PRO-5 a campaign scheduled on the screen starts at its date, not before")
    void schedule() throws Exception {
        var fixtures = new CampaignFixtures(jdbc, clock);
        var campaign = campaign(fixtures);

        mvc.perform(post("/campaigns/{id}/schedule", campaign).with(csrf()).param("at", "2099-05-04T09:30"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT status FROM campaign WHERE id = ?").param(campaign).query(String.class).single())
                .isEqualTo("SCHEDULED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_sending WHERE campaign_id = ?").param(campaign)
                .query(Long.class).single()).isZero();
    }

    private UUID campaign(CampaignFixtures fixtures) {
        return campaigns.create(new CampaignDraft("Automne " + UUID.randomUUID(), "EMAIL", "PROSPECTING", null,
                List.of(), fixtures.audience(), "Maison Lumière", "bonjour@maison-lumiere.example"),
                new CampaignTemplate("Les nouveautés", CampaignFixtures.TEMPLATE_HTML,
                        CampaignFixtures.TEMPLATE_TEXT)).id();
    }
}
