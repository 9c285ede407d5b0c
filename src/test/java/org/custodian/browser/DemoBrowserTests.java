package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 8 §2: the demo profile starts ready — the notice published, the newsletter form open to the public, the
 * DPO of the organisation being the demo user {@code dpo}, the shop's product families listed (issue 9), three rights requests in the DPO's list (issue 10), persons
 * whose retention period ends in the forecast (issue 11). On a database of its own, so that the demo data does not
 * meet the other tests.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DemoBrowserTests {

    private static final String DEMO_PASSWORD = "Demo-Custodian-2026!";

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    @DisplayName("issue 8 §2 the demo's notice is published and its newsletter form is open to the public")
    void demoStartsReady() {
        var page = browser.open("/p/forms/newsletter");
        assertThat(page.locator("h1")).containsText("La lettre de Maison Lumière");
        assertThat(page.locator("input[name=email]")).isVisible();
        browser.screenshot("demo-public-form");

        browser.open("/p/privacy");
        assertThat(page.locator("body")).containsText("Maison Lumière SAS (démo)");

        browser.signIn("dpo", DEMO_PASSWORD);
        browser.open("/notices/forms");
        assertThat(page.locator("main")).containsText("La lettre de Maison Lumière");
        browser.open("/organisation");
        assertThat(page.locator("#dpoName")).hasValue("Nadia Lefèvre");
        browser.open("/");
        assertThat(page.locator("#first-steps")).containsText("Notice d'information publiée");
        assertThat(page.locator("#first-steps")).containsText("Durées de conservation fixées");
        browser.screenshot("demo-home-dpo");

        browser.open("/product-families");
        assertThat(page.locator("main")).containsText("Mobilier de jardin");

        // DSR-1: the DPO's list shows requests at once, a late one among them, red and in words
        browser.open("/rights?status=ALL");
        assertThat(page.locator("main")).containsText("En retard de");
        browser.screenshot("demo-rights-list");

        // RET-3: the forecast names at once the demo persons whose retention period ends this month
        browser.open("/retention/forecast");
        assertThat(page.locator("#forecast-persons")).containsText("Roussel");
        assertThat(page.locator("#forecast-persons")).containsText("Fournier");
        assertThat(page.locator("#forecast-persons")).containsText("Garnier");
        assertThat(page.locator("#forecast-persons")).containsText("Blanc");
        browser.screenshot("demo-retention-forecast");
    }
}
