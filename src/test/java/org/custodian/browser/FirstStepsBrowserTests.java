package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.access.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 8 §2: a new administrator's home page says what to do first, each step with its state and its screen. */
@BrowserTest
class FirstStepsBrowserTests {

    private static final String PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;

    @Test
    @DisplayName("issue 8 §2 the administrator's home page lists the first steps; each link opens its screen")
    void administratorSeesTheFirstSteps() {
        var username = "admin" + UUID.randomUUID().toString().substring(0, 6);
        staff.create(username, "Essai ADMIN", Role.ADMIN);

        browser.signIn(username, PASSWORD);
        var page = browser.page();
        var steps = page.locator("#first-steps li");

        assertThat(steps).hasCount(5);
        // The browser tests share one database: another test may have done a step already.
        assertThat(page.locator("#first-steps")).containsText(
                Pattern.compile("Renseigner l'organisation|Organisation renseignée"));
        assertThat(page.locator("#first-steps")).containsText(
                Pattern.compile("Publier la notice d'information|Notice d'information publiée"));
        assertThat(page.locator("#first-steps")).containsText("Adresse publique confirmée");
        browser.screenshot("home-first-steps-admin");

        page.locator("#first-steps a[href='/organisation']").click();
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page).hasURL(browser.url("/organisation"));
    }
}
