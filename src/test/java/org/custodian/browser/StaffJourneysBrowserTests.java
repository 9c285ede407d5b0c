package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The foundation's journeys in a real browser (issue 2 §6): Marc creates an account, its owner is
 * forced to choose a password; a lockout; Camille creates a person and finds it; the identifier
 * guard; least privilege.
 */
@BrowserTest
class StaffJourneysBrowserTests {

    private static final String ADMIN_PASSWORD = "Adm1n-Test-Passw0rd!";
    private static final String OWN_PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;

    @Test
    @DisplayName("SEC-1 a new user must choose their own password at first sign-in")
    void firstLoginForcesPasswordChange() {
        var username = "camille" + suffix();
        browser.signIn("admin", ADMIN_PASSWORD);
        var page = browser.open("/admin/users/new");
        page.locator("#username").fill(username);
        page.locator("#displayName").fill("Camille Martin");
        page.locator("#email").fill(username + "@maison-lumiere.example");
        page.locator("#role-SALES").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer")).click();
        var temporary = page.locator("code.secret").innerText().strip();
        browser.screenshot("admin-user-created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();

        browser.signIn(username, temporary);

        assertThat(page).hasURL(Pattern.compile(".*/account/password.*"));
        assertThat(page.getByText("provisoire").first()).isVisible();
        browser.screenshot("forced-password-change");
        page.locator("#currentPassword").fill(temporary);
        page.locator("#newPassword").fill(OWN_PASSWORD);
        page.locator("#confirmation").fill(OWN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer le mot de passe")).click();
        browser.open("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Bonjour");
    }

    @Test
    @DisplayName("SEC-1 repeated wrong passwords lock the sign-in from this address and the login page says until when")
    void lockoutAfterRepeatedFailures() {
        var username = salesUser();
        for (var attempt = 0; attempt < 5; attempt++) {
            browser.signIn(username, "Wrong-Password-" + attempt + "!");
        }
        browser.signIn(username, OWN_PASSWORD);

        assertThat(browser.page().getByRole(AriaRole.ALERT)).containsText("Connexion verrouillée jusqu");
        browser.screenshot("login-locked");
    }

    @Test
    @DisplayName("CON-1 a sales assistant creates a person and finds it by a few digits of the phone number")
    void createAndFindPerson() {
        browser.signIn(salesUser(), OWN_PASSWORD);
        var lastName = "Lefèvre" + suffix();
        var page = browser.open("/persons/new");
        page.locator("#type-CUSTOMER").check();
        page.locator("#audience-CONSUMER").check();
        page.locator("#lastName").fill(lastName);
        page.locator("#firstNames").fill("Hélène");
        page.locator("#email").fill("helene." + suffix() + "@example.org");
        page.locator("#phone").fill("06 98 76 54 32");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(Pattern.compile(lastName, Pattern.CASE_INSENSITIVE));
        browser.screenshot("person-detail");

        page = browser.open("/persons");
        page.locator("#q").fill(lastName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();

        assertThat(page.locator("table")).containsText(Pattern.compile(lastName, Pattern.CASE_INSENSITIVE));
        browser.screenshot("persons-search");
    }

    @Test
    @DisplayName("CON-2 a social security number typed as an identifier is refused with the reason shown")
    void nirIsRefusedAsIdentifier() {
        browser.signIn(salesUser(), OWN_PASSWORD);
        var page = browser.open("/persons/new");
        page.locator("#type-PROSPECT").check();
        page.locator("#audience-CONSUMER").check();
        page.locator("#lastName").fill("Moreau" + suffix());
        page.locator("#accountingCode").fill("1 85 05 78 006 084 91");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer")).click();

        assertThat(page.locator("#accountingCode-error")).containsText("sécurité sociale");
        assertThat(page.locator("#accountingCode")).hasAttribute("aria-invalid", "true");
        browser.screenshot("nir-refused");
    }

    @Test
    @DisplayName("SEC-2 a sales user cannot open the access log")
    void salesCannotOpenTheAuditLog() {
        browser.signIn(salesUser(), OWN_PASSWORD);
        var response = browser.page().navigate(browser.url("/audit"));

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Accès refusé");
        assertThat(browser.page().getByRole(AriaRole.NAVIGATION).getByText("Journal d'accès")).hasCount(0);
        browser.screenshot("sales-denied-audit");
    }

    private String salesUser() {
        var username = "sales" + suffix();
        staff.create(username, "Camille Sales", Role.SALES);
        return username;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
