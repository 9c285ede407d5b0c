package org.custodian.contacts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
 * CON-9 in a real browser (issue 8 §1): a sales assistant typing in a person whose e-mail is already in the file is
 * warned, nothing is saved, the link opens the existing record in a new tab; back on the form, confirming that this is someone
 * else creates the second person.
 */
@BrowserTest
class PersonDuplicateBrowserTests {

    private static final String PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;

    @Test
    @DisplayName("CON-9 creating a person with an e-mail already on file warns, links to the record, and creates on confirmation")
    void duplicateWarningOnCreation() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "camille" + suffix;
        staff.create(username, "Camille Martin", Role.SALES);
        var email = "claire." + suffix + "@exemple.fr";
        var existing = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Dubois" + suffix,
                "Claire", email, null, null, null, null, null, null, null, null));

        browser.signIn(username, PASSWORD);
        var page = browser.open("/persons/new");
        page.locator("#type-PROSPECT").check();
        page.locator("#audience-CONSUMER").check();
        page.locator("#lastName").fill("Dubois-Martin" + suffix);
        page.locator("#firstNames").fill("Claire");
        page.locator("#email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer").setExact(true)).click();

        var warning = page.locator("#duplicate-warning");
        assertThat(warning).isInViewport();
        assertThat(warning).containsText("Une personne ayant la même adresse e-mail est déjà dans le fichier");
        assertThat(page.locator("#email")).hasValue(email);
        browser.screenshot("person-duplicate-warning");

        var record = page.waitForPopup(() -> warning.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Ouvrir sa fiche"))).click());
        assertThat(record).hasURL(Pattern.compile(".*/persons/" + existing.id() + "$"));
        assertThat(record.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Dubois" + suffix, new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
        record.close();

        // Back on the form, untouched: this is someone else.
        assertThat(page.locator("#email")).hasValue(email);
        warning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("C'est une autre personne : la créer quand même")).click();

        assertThat(page).not().hasURL(Pattern.compile(".*/persons/" + existing.id() + "$"));
        assertThat(page).hasURL(Pattern.compile(".*/persons/[^/]+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Dubois-Martin" + suffix, new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Personne créée.");
    }
}
