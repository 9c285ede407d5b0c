package org.custodian.consent.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.custodian.browser.Browser;
import org.custodian.browser.BrowserTest;
import org.custodian.browser.StaffUsers;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camille's step 4 (JOURNEYS.md) in a real browser: she sees at once which consents exist per channel,
 * sends the double opt-in mail, and records an SMS consent only with how it was given.
 */
@BrowserTest
class ConsentPanelBrowserTests {

    private static final String PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;

    @Test
    @DisplayName("PRO-1 Camille sends the double opt-in mail and records an SMS consent with how it was given")
    void camilleRecordsConsents() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "camille" + suffix;
        staff.create(username, "Camille Martin", Role.SALES);
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Bernard" + suffix,
                "Louise", "louise." + suffix + "@example.org", "06 12 34 56 78", null, null, null, null, null, null,
                null));

        browser.signIn(username, PASSWORD);
        var page = browser.open("/persons/" + person.id());
        var panel = page.locator("#consent-panel");
        assertThat(panel.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Consentements"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le mail de confirmation")).click();
        assertThat(panel.getByRole(AriaRole.STATUS)).containsText("louise." + suffix + "@example.org");
        assertThat(panel.locator("table.consent-states")).containsText("En attente de confirmation");

        page.locator("#given-channel").selectOption("SMS");
        page.locator("#given-how").selectOption("PHONE_CALL");
        page.locator("#given-details").fill("appel entrant du 23/11, 10 h 05");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le consentement")).click();
        assertThat(panel.getByRole(AriaRole.STATUS)).containsText("Consentement enregistré");
        assertThat(panel.locator("table.consent-states")).containsText("Actif");
        assertThat(panel.locator("table.consent-history")).containsText("Appel téléphonique : appel entrant du 23/11");
        browser.screenshot("consent-panel");
    }
}
