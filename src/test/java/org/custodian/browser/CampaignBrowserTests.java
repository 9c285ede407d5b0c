package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9 §4 in a real browser: Hugo (marketing) defines a campaign, writes its message — refused without the
 * unsubscribe link, then shown as received with the sender and the opposition sentence — and reads the preview chart
 * of who is in and who is out, and why.
 */
@BrowserTest
class CampaignBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;
    @Autowired
    Purchases purchases;
    @Autowired
    ProductFamilies families;
    @Autowired
    Clock clock;

    private void person(Audience audience, String lastName, String email, String jobTitle, String sector) {
        persons.create(new PersonData(PersonType.PROSPECT, audience, null, lastName, "Camille", email, null, null,
                null, audience == Audience.PROFESSIONAL ? "Société Exemple" : null, jobTitle, null, null, null, sector,
                false));
    }

    @Test
    @DisplayName("PRO-5, PRO-2 a MARKETING user creates a campaign, writes its message and sees the preview chart")
    void marketingCreatesACampaignAndSeesThePreview() {
        var marker = UUID.randomUUID().toString().substring(0, 6);
        person(Audience.CONSUMER, "Sansaccord", "sans.accord." + marker + "@example.org", null, null);
        person(Audience.PROFESSIONAL, "Codeur", "dev." + marker + "@startup.example", "Développeur", "informatique");
        person(Audience.PROFESSIONAL, "Acheteuse", "achats." + marker + "@hotel.example", "Responsable des achats",
                "hôtellerie");
        // A customer whose address was collected at a sale of the family the campaign promotes: the soft opt-in.
        var family = families.create("TERRASSE_" + marker.toUpperCase(Locale.ROOT), "Terrasse " + marker).code();
        var customer = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Cliente",
                "Inès", "cliente." + marker + "@example.org", null, null, null, null, null, null, null, null)).id();
        purchases.record(customer, new PurchaseData(LocalDate.now(clock).minusMonths(2), family, null, null, true, true,
                false));
        var hugo = staff.create("hugo-" + marker, "Hugo Marchand", Role.MARKETING);
        browser.signIn(hugo, StaffUsers.PASSWORD);

        var page = browser.page();
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Campagnes")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle campagne")).click();
        page.locator("#name").fill("Mobilier de terrasse " + marker);
        page.locator("#productFamily").selectOption(family);
        page.locator("#professions").fill("achats\nacheteur");
        page.locator("#senderName").fill("Maison Lumière");
        page.locator("#senderAddress").fill("offres@maison-lumiere.example");
        browser.screenshot("campaign-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la campagne")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Message de la campagne");
        page.locator("#subject").fill("{{prenom}}, la terrasse vous attend");
        page.locator("#html").fill("<p>Bonjour {{prenom}},</p><p>Nos nouveautés.</p>");
        page.locator("#text").fill("Bonjour {{prenom}},\nNos nouveautés.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le message")).click();
        assertThat(page.locator("#html-error")).containsText("lien de désinscription");

        page.locator("#html").fill("<p>Bonjour {{prenom}},</p><p>Nos nouveautés.</p>"
                + "<p><a href=\"{{desinscription}}\">Se désinscrire</a></p>");
        page.locator("#text").fill("Bonjour {{prenom}},\nNos nouveautés.\nSe désinscrire : {{desinscription}}");
        assertThat(page.locator("#message-text")).containsText("Se désinscrire : http");
        assertThat(page.locator("#message-problems")).hasCount(0);
        assertThat(page.locator("#message-subject")).hasText("Marie, la terrasse vous attend");
        assertThat(page.locator("#message-text")).containsText("Ce message vous est envoyé par Maison Lumière");
        assertThat(page.locator("#message-text")).containsText("Vous pouvez vous opposer à tout moment");
        browser.screenshot("campaign-template-editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le message")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Message enregistré");
        var chart = page.locator("figure.campaign-chart");
        assertThat(chart).isVisible();
        assertThat(page.locator("#bar-eligible")).containsText("Peuvent la recevoir");
        assertThat(page.locator("#bar-eligible .bar-value")).not().hasText("0");
        assertThat(chart).containsText("Exclues : lien avec le métier du professionnel");
        assertThat(page.locator("#preview-table")).containsText("Exclues : consentement préalable");
        assertThat(page.locator("#preview-sample")).isVisible();
        browser.screenshot("campaign-preview");

        page.locator("#person-query").fill("Codeur");
        page.locator("#decision-search").getByRole(AriaRole.BUTTON).click();
        page.locator("#decision-candidates a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("n’est pas dans la campagne");
        assertThat(page.locator("#decision-evidence")).containsText("lien avec le métier du professionnel");
        assertThat(page.locator("#decision-evidence")).containsText("Métiers et secteurs visés par la campagne");
        browser.screenshot("campaign-decision");

        // PRO-2 on the person page: the customer's decision in the latest campaigns, linked to the campaign
        page = browser.open("/persons/" + customer);
        var panel = page.locator("#campaigns-panel");
        assertThat(panel).containsText("Mobilier de terrasse " + marker);
        assertThat(panel).containsText("Incluse");
        assertThat(panel).containsText("Terrasse " + marker);
        browser.screenshot("campaign-person-panel");
        panel.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Mobilier de terrasse " + marker)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Envoi et résultats")).click();
        assertThat(page.locator("#campaign-progress")).isVisible();
        browser.screenshot("campaign-sending");
    }
}
