package org.custodian.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditEntryView;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.campaigns.CampaignDraft;
import org.custodian.campaigns.Campaigns;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.Persons;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 8 §2: one view of a person's page is one read in the access log, which names the panels the page loaded;
 * a panel asked for outside that page view is still recorded on its own.
 */
@IntegrationTest
class PersonPageViewIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("auditView=([0-9a-f-]{36})");

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    SensitiveData sensitiveData;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Campaigns campaigns;

    private static RequestPostProcessor as(String role) {
        return user("page-" + role.toLowerCase()).roles(role);
    }

    private PersonId person() {
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Vue", "Inès",
                null, null, null, null, null, null, null, null, null)).id();
        sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies", "Pollen",
                new SensitiveConsent("J'accepte que mes allergies soient notées.", "allergies", 1, 1, "203.0.113.7",
                        "Mozilla/5.0", "form:allergies"));
        return person;
    }

    /** Opens the person's page as the browser does: the page, then each panel it loads with its token. */
    private void openPage(PersonId person, String role, MockHttpSession session) throws Exception {
        var html = mvc.perform(get("/persons/{id}", person).with(as(role)).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var token = TOKEN.matcher(html);
        assertThat(token.find()).isTrue();
        mvc.perform(get("/consents/persons/{id}", person).param("auditView", token.group(1)).with(as(role))
                .session(session).header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(get("/persons/{id}/relationship", person).param("auditView", token.group(1)).with(as(role))
                .session(session).header("HX-Request", "true")).andExpect(status().isOk());
        if (role.equals("MARKETING")) {
            mvc.perform(get("/campaigns/persons/{id}", person).param("auditView", token.group(1)).with(as(role))
                    .session(session).header("HX-Request", "true")).andExpect(status().isOk());
        }
        if (role.equals("SUPPORT")) {
            mvc.perform(get("/persons/{id}/sensitive-data", person).param("auditView", token.group(1)).with(as(role))
                    .session(session).header("HX-Request", "true")).andExpect(status().isOk());
        }
    }

    private List<AuditEntryView> reads(PersonId person) {
        return auditLog.search(new AuditQuery(null, person.toString(), null, AuditAction.READ, null, null),
                PageRequest.of(0, 50)).content();
    }

    @Test
    @DisplayName("SEC-3 a view of a person's page with its consent and sensitive-data panels is one read entry naming them")
    void onePageViewIsOneEntry() throws Exception {
        var person = person();

        openPage(person, "SUPPORT", new MockHttpSession());

        assertThat(reads(person)).singleElement().satisfies(entry -> {
            assertThat(entry.resourceType()).isEqualTo(Persons.RESOURCE);
            assertThat(entry.detail()).isEqualTo("page-view:consent," + Purchases.RESOURCE + ","
                    + PersonContacts.RESOURCE + "," + SensitiveData.RESOURCE);
            assertThat(entry.purpose()).isEqualTo(PersonController.PURPOSE);
        });
    }

    @Test
    @DisplayName("SEC-3 the page of a role without the sensitive-data panel names only the consents; its campaigns "
            + "panel (PRO-2), which decides the person's eligibility, is covered by the page's entry")
    void pageViewNamesOnlyThePanelsOfTheRole() throws Exception {
        var person = person();
        campaigns.create(new CampaignDraft("Vue " + UUID.randomUUID(), "EMAIL", "PROSPECTING", null, List.of(),
                AudienceFilter.everyone(), "Maison Lumière", "offres@maison-lumiere.example"), null);

        openPage(person, "MARKETING", new MockHttpSession());

        assertThat(reads(person)).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("page-view:consent," + Purchases.RESOURCE
                        + "," + PersonContacts.RESOURCE + ",prospecting.eligibility"));
    }

    @Test
    @DisplayName("SEC-3 two views of the page are two entries")
    void eachViewIsAnEntry() throws Exception {
        var person = person();
        var session = new MockHttpSession();

        openPage(person, "SUPPORT", session);
        openPage(person, "SUPPORT", session);

        assertThat(reads(person)).hasSize(2);
    }

    @Test
    @DisplayName("SEC-3 a panel asked for without the page's token, or in another session, is recorded on its own")
    void panelOutsideThePageViewIsRecorded() throws Exception {
        var person = person();
        var html = mvc.perform(get("/persons/{id}", person).with(as("SUPPORT")).session(new MockHttpSession()))
                .andReturn().getResponse().getContentAsString();
        var token = TOKEN.matcher(html);
        assertThat(token.find()).isTrue();

        mvc.perform(get("/persons/{id}/sensitive-data", person).with(as("SUPPORT")).header("HX-Request", "true"))
                .andExpect(status().isOk());
        mvc.perform(get("/persons/{id}/sensitive-data", person).param("auditView", token.group(1))
                .with(as("SUPPORT")).session(new MockHttpSession()).header("HX-Request", "true"))
                .andExpect(status().isOk());

        assertThat(reads(person)).extracting(AuditEntryView::resourceType)
                .containsExactlyInAnyOrder(Persons.RESOURCE, SensitiveData.RESOURCE, SensitiveData.RESOURCE);
    }

    @Test
    @DisplayName("SEC-3 a page view's token covers only its own person")
    void tokenCoversOnlyItsPerson() throws Exception {
        var person = person();
        var other = person();
        var session = new MockHttpSession();
        var html = mvc.perform(get("/persons/{id}", person).with(as("SUPPORT")).session(session))
                .andReturn().getResponse().getContentAsString();
        var token = TOKEN.matcher(html);
        assertThat(token.find()).isTrue();

        mvc.perform(get("/persons/{id}/sensitive-data", other).param("auditView", token.group(1))
                .with(as("SUPPORT")).session(session).header("HX-Request", "true")).andExpect(status().isOk());

        assertThat(reads(other)).singleElement()
                .satisfies(entry -> assertThat(entry.resourceType()).isEqualTo(SensitiveData.RESOURCE));
    }

    @Test
    @DisplayName("Issue 8 §2 the DPO finds on the person's page a link to the access log filtered on that person")
    void dpoHasTheAccessLogLink() throws Exception {
        var person = person();

        var forDpo = mvc.perform(get("/persons/{id}", person).with(as("DPO"))).andReturn().getResponse()
                .getContentAsString();
        var forSales = mvc.perform(get("/persons/{id}", person).with(as("SALES"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(forDpo).contains("href=\"/audit?person=" + person + "\"").contains("Journal d&#39;accès");
        assertThat(forSales).doesNotContain("/audit?person=");
    }
}
