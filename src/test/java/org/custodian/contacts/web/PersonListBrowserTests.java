package org.custodian.contacts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * CON-1 (issue 8) in a real browser: a marketing user filters the persons list, goes through its numbered pages,
 * sorts it by a column, and downloads the selection as CSV; the filters hold through every step.
 */
@BrowserTest
class PersonListBrowserTests {

    private static final String PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;

    @Test
    @DisplayName("CON-1 the filtered list has numbered pages and sortable columns, and its selection is exported")
    void filtersPagesSortsAndExports() throws Exception {
        var word = "Brw" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var username = "lou" + word.toLowerCase();
        staff.create(username, "Lou Marchand", Role.MARKETING);
        for (var i = 0; i < 60; i++) {
            persons.create(new PersonData(i % 3 == 0 ? PersonType.PROSPECT : PersonType.CUSTOMER, Audience.CONSUMER,
                    null, "Client" + (char) ('A' + i % 26) + (i / 26) + " " + word, "Camille", null, null, null, null,
                    null, null, null, null, null));
        }

        browser.signIn(username, PASSWORD);
        var page = browser.open("/persons");
        page.getByLabel("Rechercher une personne").fill(word);
        page.getByLabel("Relation").selectOption("CUSTOMER");
        page.getByLabel("Par page").selectOption("25");
        page.locator("#person-filters").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rechercher"))
                .click();
        assertThat(page.locator("#person-count")).containsText("40 personnes");
        var pager = page.locator("#person-pager");
        assertThat(pager).containsText("Page 1 sur 2");
        browser.screenshot("persons-filtered-list");

        pager.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Page 2")).click();
        assertThat(page.locator("#person-pager")).containsText("Page 2 sur 2");
        assertThat(page.locator("tbody tr")).hasCount(15);
        assertThat(page.getByLabel("Relation")).hasValue("CUSTOMER");

        // sorted by name A to Z by default: the header turns it to Z to A
        page.locator("thead th a.sort").first().click();
        assertThat(page.locator("th[aria-sort='descending']")).containsText("Nom");
        assertThat(page.locator("tbody tr").first()).containsText("CLIENTZ0");
        assertThat(page.locator("tbody tr")).hasCount(25);
        browser.screenshot("persons-sorted-list");

        var download = page.waitForDownload(() -> page.locator("#export-csv").click());
        var csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("persons.csv");
        assertThat(csv).startsWith("\uFEFFinternalCode;type;");
        assertThat(csv.lines().skip(1).toList()).hasSize(40).allSatisfy(line -> assertThat(line)
                .contains(";CUSTOMER;").contains(word));
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains("ClientZ0 " + word);
    }
}
