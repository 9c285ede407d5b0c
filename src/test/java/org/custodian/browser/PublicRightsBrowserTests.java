package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.AriaRole;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DSR-1 in a real browser: a customer asks for a copy of their data on the public page, without an account, is told
 * to look in their mailbox, opens the mailed link and confirms with the button; the page gives the legal deadline.
 */
@BrowserTest
class PublicRightsBrowserTests {

    private static final Pattern LINK = Pattern.compile("/p/rights/confirm/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("DSR-1 a customer asks on /p/rights, confirms by the mailed link's button, and is told the deadline")
    void customerAsksAndConfirms() {
        var email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var page = browser.open("/p/rights");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Exercer vos droits sur vos données"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Envoyer ma demande")).click();
        assertThat(page.locator("#email-error")).isVisible();
        assertThat(page.locator("#kind-error")).isVisible();
        browser.screenshot("public-rights-form-errors");

        page.getByLabel("Accès à mes données").check();
        page.getByLabel("Votre adresse e-mail").fill(email);
        page.getByLabel("Prénom(s)").fill("Inès");
        page.getByLabel("Nom", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("Roux");
        page.getByLabel("Votre message", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("Je souhaite recevoir une copie de toutes mes données.");
        browser.screenshot("public-rights-form");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Envoyer ma demande")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(email);

        var token = Mailbox.bodies(jdbc, email).stream().map(LINK::matcher).filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group(1)).findFirst().orElseThrow();
        browser.open("/p/rights/confirm/" + token);
        assertThat(page.locator("section")).containsText("Accès à mes données");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Je confirme ma demande")).click();
        assertThat(page.locator("#rights-deadline")).containsText("Nous vous répondrons au plus tard le");
        browser.screenshot("public-rights-confirmed");
    }
}
