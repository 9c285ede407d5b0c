package org.custodian.audit.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
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
 * Issue 8 §2 in a real browser: the DPO opens a person's page (its panels load), follows the page's link to the
 * access log, and reads one entry for that page view, in a sentence, with the person's name.
 */
@BrowserTest
class AuditViewerBrowserTests {

    private static final String PASSWORD = "Registre-Lumiere-2026!";

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;

    @Test
    @DisplayName("SEC-3 (issue 8 §2) from the person page, the DPO reads the person's access log: one entry per page view, named")
    void dpoReadsThePersonsAccessLog() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "dominique" + suffix;
        staff.create(username, "Dominique Martin", Role.DPO, PASSWORD);
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Lefèvre",
                "Camille", "camille." + suffix + "@example.org", null, null, null, null, null, null, null, null));

        browser.signIn(username, PASSWORD);
        var page = browser.open("/persons/" + person.id());
        assertThat(page.locator("#sensitive-data-title")).isVisible();
        assertThat(page.locator("#consent-panel-title")).isVisible();
        var link = page.locator("#person-access-log");
        assertThat(link).hasText("Journal d'accès");
        link.click();

        assertThat(page.locator("#audit-person")).containsText("LEFÈVRE Camille");
        var rows = page.locator("tr.audit-row");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("A consulté la fiche de la personne")))
                .hasCount(1);
        assertThat(rows.first()).containsText("Page de la fiche, avec : les consentements, les achats de la personne, les contacts de la personne, l'éligibilité de la personne aux campagnes de prospection, les données sensibles.");
        assertThat(rows.first()).containsText("LEFÈVRE Camille");
        assertThat(rows.first()).containsText("Finalité : relation client, fiche de la personne");
        browser.screenshot("audit-viewer-person");
    }
}
