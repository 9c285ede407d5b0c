package org.custodian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8 §2: the strict Content-Security-Policy (no inline script, style or handler) is kept by every page — the
 * browser's console shows no violation and no error on the login page, the public pages, and every page of every
 * role's navigation — and every page shows the favicon.
 */
@BrowserTest
class ConsoleBrowserTests {

    private static final String PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;

    /** Errors and warnings of the console (a CSP violation is an error), and uncaught script errors. */
    private List<String> listen() {
        var problems = new ArrayList<String>();
        browser.page().onConsoleMessage(message -> {
            if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
                problems.add(browser.page().url() + ": " + message.text());
            }
        });
        browser.page().onPageError(error -> problems.add(browser.page().url() + ": " + error));
        return problems;
    }

    @Test
    @DisplayName("issue 8 §2 the login page and the public pages raise no console error, and name the favicon")
    void loginAndPublicPages() {
        var problems = listen();
        for (var path : List.of("/login", "/p/privacy", "/favicon.svg")) {
            browser.open(path);
        }
        browser.open("/login");

        assertThat(browser.page().locator("link[rel=icon]").getAttribute("href")).isEqualTo("/favicon.svg");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    @DisplayName("issue 8 §2 no CSP violation nor console error on any page of a role's navigation")
    void noConsoleErrorOnAnyPageOfARole(Role role) {
        var username = role.name().toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
        staff.create(username, "Essai " + role, role);
        var problems = listen();
        browser.signIn(username, PASSWORD);
        var page = browser.page();
        var links = page.getByRole(AriaRole.NAVIGATION).locator("ul.nav a").all().stream()
                .map(link -> link.getAttribute("href")).distinct().toList();
        assertThat(links).isNotEmpty();

        for (var href : links) {
            page.navigate(browser.url(href));
            page.waitForLoadState();
            assertThat(page.locator("link[rel=icon]").count()).as(href).isEqualTo(1);
        }

        assertThat(problems).isEmpty();
    }
}
