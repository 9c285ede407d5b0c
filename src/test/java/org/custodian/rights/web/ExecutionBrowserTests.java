package org.custodian.rights.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.custodian.browser.Browser;
import org.custodian.browser.BrowserTest;
import org.custodian.browser.StaffUsers;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.register.RecipientEntries;
import org.custodian.register.Recipients;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * DSR-5, DSR-6 in a real browser: the DPO carries out a restriction request from its page, sees what was done, the
 * forwarding mailed to a processor with the outbox's state, and marks the partner told by other means.
 */
@BrowserTest
class ExecutionBrowserTests {

    private static final String PASSWORD = "Registre-Lumiere-2026!";

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;
    @Autowired
    RightsRequests requests;
    @Autowired
    Recipients recipients;

    @Test
    @DisplayName("DSR-5 DSR-6 the DPO restricts the matched person from the request's page and checks the forwardings")
    void dpoCarriesOutARestriction() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "dominique" + suffix;
        staff.create(username, "Dominique Martin", Role.DPO, PASSWORD);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("setup", null,
                AuthorityUtils.createAuthorityList("ROLE_DPO")));
        try {
            recipients.saveProcessor(null, new RecipientEntries.Processor("Routeur Express " + suffix,
                    "Envoi des courriels", "dpo@routeur-express.example", Set.of(), null, "Destruction sous 30 jours"));
            recipients.savePartner(null, new RecipientEntries.Partner("Jardins de l’Ouest " + suffix, "Jardinage",
                    "Ses propres offres"));
            var email = "nestor." + suffix + "@example.org";
            var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Nestor", "Léon",
                    email, "07 " + String.format("%08d", Math.floorMod(suffix.hashCode(), 100_000_000)), null, "12 rue de la Paix\n44000 Nantes", null, null, null, null, null));
            var request = requests.create(new NewRightsRequest(RightsKind.RESTRICTION, RequestChannel.LETTER,
                    requests.today().minusDays(4), email, "Léon", "Nestor", "44000", null,
                    "Mon adresse est fausse : ne l’utilisez plus avant de l’avoir vérifiée."));
            requests.match(request.id(), person.id());

            browser.signIn(username, PASSWORD);
            var page = browser.open("/rights/" + request.id());
            var panel = page.locator("#execution");
            page.locator("#execution-ground").selectOption("ACCURACY_CONTESTED");
            page.getByText("Limiter le traitement de 1 personne(s)").click();
            assertThat(panel).containsText("La demande a été exécutée");
            assertThat(panel).containsText("ACCURACY_CONTESTED");
            assertThat(panel).containsText("par e-mail à dpo@routeur-express.example");
            assertThat(panel).containsText("à transmettre par un autre moyen");
            browser.screenshot("rights-execution");

            var partner = panel.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Jardins de l’Ouest " + suffix));
            partner.locator("input[name=note]").fill("Courrier recommandé du 3 décembre");
            partner.getByRole(AriaRole.BUTTON).click();
            assertThat(panel).containsText("Transmission notée.");
            assertThat(panel).containsText("Courrier recommandé du 3 décembre");
            browser.screenshot("rights-execution-forwarded");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
