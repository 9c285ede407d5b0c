package org.custodian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A feature that is not done is not in the navigation: for every role, every entry of the navigation
 * opens a finished page — HTTP 200, a heading, no untranslated message key — in French and in English.
 */
@BrowserTest
class NavigationBrowserTests {

    private static final String PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;

    @ParameterizedTest
    @EnumSource(Role.class)
    @DisplayName("SEC-2 every navigation entry of a role opens a finished page, in French and in English")
    void everyNavigationEntryOpensAFinishedPage(Role role) {
        var username = role.name().toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
        staff.create(username, "Essai " + role, role);
        browser.signIn(username, PASSWORD);
        var page = browser.page();
        var links = page.getByRole(AriaRole.NAVIGATION).locator("a.nav-link, ul.nav a").all().stream()
                .map(link -> link.getAttribute("href")).distinct().toList();
        assertThat(links).isNotEmpty();

        var problems = new ArrayList<String>();
        for (var href : links) {
            for (var language : new String[] {"fr", "en"}) {
                var response = page.navigate(browser.url(href + "?lang=" + language));
                var heading = page.locator("main h1");
                if (response.status() != 200) {
                    problems.add(href + " (" + language + "): HTTP " + response.status());
                } else if (heading.count() == 0) {
                    problems.add(href + " (" + language + "): no heading");
                } else if (page.content().contains("??")) {
                    problems.add(href + " (" + language + "): untranslated message key");
                }
                if (language.equals("fr")) {
                    browser.screenshot("nav-" + role.name().toLowerCase() + href.replace('/', '-'));
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
