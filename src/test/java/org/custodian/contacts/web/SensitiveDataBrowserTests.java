package org.custodian.contacts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.custodian.browser.Browser;
import org.custodian.browser.BrowserTest;
import org.custodian.browser.StaffUsers;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CON-4 in a real browser: customer service sees a person's sensitive datum with its consent proof in the panel the
 * person page loads, and erases it when the person withdraws consent (confirmation dialog, htmx post with CSRF).
 */
@BrowserTest
class SensitiveDataBrowserTests {

    private static final String PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;
    @Autowired
    SensitiveData sensitiveData;

    @Test
    @DisplayName("CON-4 support sees the datum and its consent proof, and erases it on the consent's withdrawal")
    void supportErasesADatum() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "sacha" + suffix;
        staff.create(username, "Sacha Petit", Role.SUPPORT);
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Roux" + suffix,
                "Inès", null, null, null, null, null, null, null, null, null));
        sensitiveData.record(person.id(), SensitiveCategory.HEALTH, "Allergies alimentaires", "Arachide " + suffix,
                new SensitiveConsent("J'accepte que mes allergies soient conservées pour adapter mes commandes.",
                        "allergies", 2, 3, "203.0.113.9", "Mozilla/5.0 (X11; Linux x86_64)", "form:allergies"));

        browser.signIn(username, PASSWORD);
        var page = browser.open("/persons/" + person.id());
        var panel = page.locator("#sensitive-data-panel");
        assertThat(panel.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Données sensibles")))
                .isVisible();
        assertThat(panel).containsText("Arachide " + suffix);
        // No form "allergies" is held: the proof says so in a sentence, with the version, never the form's address.
        assertThat(panel).containsText("Un formulaire dont Custodian ne garde pas la définition (version 2)");
        assertThat(panel).containsText("203.0.113.9");
        browser.screenshot("sensitive-data-panel");

        page.onceDialog(dialog -> dialog.accept());
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Effacer (retrait du consentement)"))
                .click();
        assertThat(panel.getByRole(AriaRole.STATUS)).containsText("Donnée effacée");
        assertThat(panel).not().containsText("Arachide " + suffix);
        assertThat(page.locator("body")).not().containsText("Arachide " + suffix);
    }
}
