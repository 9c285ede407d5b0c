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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DSR-5 in a real browser: the DPO restricts the processing of a person's data from the panel of the person page
 * (htmx post with CSRF), the page shows it, and the lifting is refused until the person was informed.
 */
@BrowserTest
class RestrictionBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;

    @Test
    @DisplayName("DSR-5 the DPO restricts from the person page, sees the freeze, and lifts it once the person was informed")
    void dpoRestrictsAndLifts() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "dana" + suffix;
        staff.create(username, "Dana Morel", Role.DPO);
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Gel" + suffix,
                "Inès", "ines." + suffix + "@example.org", null, null, null, null, null, null, null, null));

        browser.signIn(username, StaffUsers.PASSWORD);
        var page = browser.open("/persons/" + person.id());
        var panel = page.locator("#restriction-panel");
        assertThat(panel).containsText("n'est pas limité");
        panel.getByText("Limiter le traitement").first().click();
        panel.getByLabel("Cas prévu par l'article 18").selectOption("ACCURACY_CONTESTED");
        panel.getByLabel("Motif").fill("Conteste l'adresse postale enregistrée ; vérification en cours.");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Limiter le traitement")).click();

        assertThat(panel.getByRole(AriaRole.STATUS)).containsText("Le traitement est limité");
        assertThat(panel.locator("#restriction-in-force")).containsText("Traitement limité depuis le");
        browser.screenshot("restriction-panel");

        panel.getByLabel("Motif de la levée").fill("Adresse vérifiée et corrigée.");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lever la limitation")).click();
        assertThat(panel.locator("#informed-error")).containsText("article 18.3");
        panel.getByLabel("La personne a été informée avant la levée").check();
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lever la limitation")).click();
        assertThat(panel.getByRole(AriaRole.STATUS)).containsText("La limitation est levée");
        assertThat(panel.locator("#restriction-history")).containsText("levée le");

        page.reload();
        assertThat(page.locator("#person-restricted")).hasCount(0);
    }
}
