package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.assertj.core.api.Assertions;
import org.custodian.notices.NoticeFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The privacy notice in a real browser (issue 3, "done when"): publishing is refused while the DPO contact is missing;
 * once the DPO fills it in, the published notice shows every Art. 13 element on the public page.
 */
@BrowserTest
class NoticesBrowserTests {

    private static final String OWN_PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("INF-1 publishing is refused without a DPO contact; once filled in, /p/privacy shows every Art. 13 "
            + "element")
    void refusedWithoutDpoThenPublished() {
        try (var fixture = NoticeFixture.prepare(jdbc, false)) {
            browser.signIn(dpoUser(), OWN_PASSWORD);
            var page = browser.open("/notices");
            var missing = page.locator("#missing");
            assertThat(missing).containsText("délégué à la protection des données");
            browser.screenshot("notices-missing-dpo");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier la notice")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Publication refusée");

            missing.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Corriger")).first().click();
            page.locator("#dpoName").fill("Claire Dubois");
            page.locator("#dpoEmail").fill("dpo@maison-lumiere.example");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

            page = browser.open("/notices");
            assertThat(page.locator("#missing")).containsText("complète");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier la notice")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("publiée");
            browser.screenshot("notices-published");

            page = browser.open("/p/privacy");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Politique de confidentialité");
            assertThat(page.locator("main")).containsText(fixture.controllerName());
            assertThat(page.locator("main")).containsText("Claire Dubois");
            assertThat(page.locator("main")).containsText("dpo@maison-lumiere.example");
            var prospecting = page.locator("#purpose-PROSPECTING");
            assertThat(prospecting).containsText("Intérêt légitime");
            assertThat(prospecting).containsText("3 ans");
            assertThat(page.locator("#right-OBJECTION_PROSPECTING")).isVisible();
            assertThat(page.locator("#right-PORTABILITY")).isVisible();
            assertThat(page.locator("main")).containsText("droits@maison-lumiere.example");
            assertThat(page.locator("main")).containsText("www.cnil.fr");
            browser.screenshot("public-privacy-notice");
        }
    }

    @Test
    @DisplayName("INF-1 the public notice's recipients are those of the register: a processor recorded on the "
            + "recipients screen is named, exactly, under the purposes that use processors, and nowhere does the page "
            + "say there is none")
    void recipientsConsistentWithTheRegister() {
        var processors = jdbc.sql("SELECT * FROM register_processor").query().listOfRows();
        var partners = jdbc.sql("SELECT * FROM register_partner").query().listOfRows();
        jdbc.sql("DELETE FROM register_processor").update();
        jdbc.sql("DELETE FROM register_partner").update();
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            var name = "Routeur Express " + UUID.randomUUID().toString().substring(0, 6);
            browser.signIn(dpoUser(), OWN_PASSWORD);
            var page = browser.open("/register/activities/UNPAID_EXCLUSION/edit");
            assertThat(page.locator("#basis-1")).containsText("Ce que dit le référentiel (non publié)");
            assertThat(page.locator("#basis-1")).containsText("22.2.a");
            browser.screenshot("register-edit-basis-guidance");

            page = browser.open("/register/recipients/processors/new");
            page.locator("#name").fill(name);
            page.locator("#service").fill("Envoi des courriels de commande");
            page.locator("#returnDestruction").fill("Suppression des données 30 jours après la fin du contrat");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

            page = browser.open("/notices");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier la notice")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("publiée");
            assertThat(page.locator("#notice-out-of-date")).hasCount(0);

            page = browser.open("/p/privacy");
            assertThat(page.locator("#purpose-CONTRACT_MANAGEMENT")).containsText("Sous-traitants : " + name);
            assertThat(page.locator("main")).not().containsText("aucun sous-traitant");
            assertThat(page.locator("main")).not().containsText("Partenaires :");
            assertThat(page.locator("#purpose-PARTNER_TRANSMISSION")).hasCount(0);
            assertThat(page.locator(".notice-purpose li", new Page.LocatorOptions().setHasText("Sous-traitants :")))
                    .not().hasCount(0);
            for (var line : page.locator(".notice-purpose li", new Page.LocatorOptions().setHasText("Sous-traitants"))
                    .allTextContents()) {
                Assertions.assertThat(line.strip()).isEqualTo("Sous-traitants : " + name);
            }
            browser.screenshot("public-privacy-recipients");
        } finally {
            jdbc.sql("DELETE FROM register_processor").update();
            jdbc.sql("DELETE FROM register_partner").update();
            processors.forEach(row -> jdbc.sql("""
                            INSERT INTO register_processor (id, name, service, contact, clauses, last_audit,
                                return_destruction, updated_at, updated_by)
                            VALUES (:id, :name, :service, :contact, :clauses, :last_audit, :return_destruction,
                                :updated_at, :updated_by)""").params(row).update());
            partners.forEach(row -> jdbc.sql("""
                            INSERT INTO register_partner (id, name, sector, purpose, updated_at, updated_by)
                            VALUES (:id, :name, :sector, :purpose, :updated_at, :updated_by)""").params(row).update());
        }
    }

    private String dpoUser() {
        var username = "dpo" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Claire DPO", Role.DPO);
        return username;
    }
}
