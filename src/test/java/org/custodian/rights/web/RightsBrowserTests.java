package org.custodian.rights.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.custodian.access.Role;
import org.custodian.browser.Browser;
import org.custodian.browser.BrowserTest;
import org.custodian.browser.StaffUsers;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DSR-1 in a real browser: the DPO sees a late request in red with its words, opens it, reads how its deadline was
 * counted, and confirms the person of the file the requester is.
 */
@BrowserTest
class RightsBrowserTests {

    private static final String PASSWORD = "Registre-Lumiere-2026!";

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;
    @Autowired
    RightsRequests requests;

    @Test
    @DisplayName("DSR-1 the DPO finds a late request in the late view, reads its deadline's count and confirms the "
            + "requester's record")
    void dpoHandlesALateRequest() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "dominique" + suffix;
        staff.create(username, "Dominique Martin", Role.DPO, PASSWORD);
        var email = "nestor." + suffix + "@example.org";
        persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Nestor", "Léon", email,
                "06 12 34 56 78", null, "12 rue de la Paix\n44000 Nantes", null, null, null, null, null));
        persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Nestor", "Léon", null, null,
                null, "4 quai de la Fosse\n44000 Nantes", null, null, null, null, null));
        var late = requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.LETTER,
                requests.today().minusMonths(2), email, "Léon", "Nestor", "44000", null,
                "Je demande la copie de toutes les données que vous détenez sur moi."));
        requests.create(new NewRightsRequest(RightsKind.ERASURE, RequestChannel.EMAIL, requests.today().minusDays(3),
                "autre." + suffix + "@example.org", "Inès", "Martin", null, null, "Effacez mes données."));

        browser.signIn(username, PASSWORD);
        var page = browser.open("/rights?filter=OPEN");
        var row = page.locator("tr.request-late").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("NESTOR Léon"));
        assertThat(row).containsText("En retard de");
        browser.screenshot("rights-list");

        row.getByText("NESTOR Léon").click();
        assertThat(page.locator("h1")).containsText("Demande d’accès — NESTOR Léon");
        assertThat(page.locator(".deadline-count")).containsText("Reçue le");
        assertThat(page.locator("#deadline")).containsText("En retard de");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("C’est cette personne : NESTOR Léon"))
                .first().click();
        assertThat(page.locator("#candidates")).containsText("Confirmée");
        browser.screenshot("rights-detail");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/rights/" + late.id() + ".*"));
    }

    @Test
    @DisplayName("DSR-1 DSR-2 the DPO extends a recent request with a reason and asks for a proof of identity: the page "
            + "shows the extension told and the pause")
    void dpoExtendsAndAsksForIdentity() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "dominique" + suffix;
        staff.create(username, "Dominique Martin", Role.DPO, PASSWORD);
        var recent = requests.create(new NewRightsRequest(RightsKind.ERASURE, RequestChannel.EMAIL,
                requests.today().minusDays(3), "ines." + suffix + "@example.org", "Inès", "Martin", null, null,
                "Effacez mes données."));

        browser.signIn(username, PASSWORD);
        var page = browser.open("/rights/" + recent.id());
        page.locator("#extend-reason").fill("Vos données sont réparties dans dix ans d’archives à rassembler.");
        page.getByText("Prolonger et informer le demandeur").click();
        assertThat(page.locator("#deadline")).containsText("Délai prolongé jusqu’au");
        page.locator("#identity-reason").fill("L’adresse d’envoi diffère de celle du dossier.");
        page.getByText("Demander le justificatif").click();
        assertThat(page.locator("#deadline")).containsText("Échéance suspendue");
        assertThat(page.locator("#pauses")).containsText("L’adresse d’envoi diffère de celle du dossier.");
        browser.screenshot("rights-detail-waiting");
        browser.open("/rights/new");
        browser.screenshot("rights-new");
    }
}
