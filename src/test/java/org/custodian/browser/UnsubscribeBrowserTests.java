package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.UnsubscribeLinks;
import org.custodian.shared.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PRO-1, PRO-3 (issue 9 §4, §5) in a real browser: the unsubscribe page of a message shows one button and unsubscribes
 * on its click; the preference centre lists the person's consents and withdraws one in one click.
 */
@BrowserTest
class UnsubscribeBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    UnsubscribeLinks links;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    SuppressionList suppressions;

    private PersonId person(String email) {
        var person = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Marchetti", "Lina",
                email, null, null, null, null, null, null, null, null)).id();
        for (var channel : new Channel[] {Channel.SMS, Channel.POST}) {
            ledger.submit(new ConsentSubmission(person.value(), ConsentLedger.PROSPECTING, channel,
                    "J'accepte de recevoir les offres de Maison Lumière.", "newsletter", 1, 1, null, null, "site web",
                    ProofKind.FORM, null, Locale.FRENCH));
        }
        return person;
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/p/"));
    }

    @Test
    @DisplayName("PRO-3 the unsubscribe page shows one button, and its click unsubscribes at once")
    void unsubscribeInOneClick() {
        var email = "lina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var person = person(email);
        var page = browser.open(path(links.issue(person, email, null).unsubscribe()));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Se désinscrire")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON)).hasCount(1);
        browser.screenshot("unsubscribe-page");
        assertThat(suppressions.find(email, null, Channel.EMAIL)).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Je ne veux plus recevoir vos messages de prospection par e-mail")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Votre désinscription est enregistrée"))).isVisible();
        browser.screenshot("unsubscribe-done");
        assertThat(suppressions.find(email, null, Channel.EMAIL)).isPresent();
    }

    @Test
    @DisplayName("PRO-1 the preference centre lists the consents and withdraws one in one click")
    void preferenceCentreWithdrawsOne() {
        var email = "lina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var person = person(email);
        var page = browser.open(path(links.issue(person, email, null).preferences()));

        assertThat(page.getByRole(AriaRole.ROW)).hasCount(3);
        browser.screenshot("preference-centre");

        page.locator("tr", new Page.LocatorOptions().setHasText("SMS")).getByRole(AriaRole.BUTTON).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("ce consentement est retiré");
        browser.screenshot("preference-centre-withdrawn");
        assertThat(ledger.current(person.value())).filteredOn(state -> state.channel() == Channel.SMS)
                .singleElement().satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.WITHDRAWN));
        assertThat(ledger.current(person.value())).filteredOn(state -> state.channel() == Channel.POST)
                .singleElement().satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE));
    }

    @Test
    @DisplayName("PRO-1 the preference centre speaks English to an English visitor")
    void preferenceCentreInEnglish() {
        var email = "lina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var person = person(email);
        var page = browser.open(path(links.issue(person, email, null).preferences()) + "?lang=en");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My choices"))).isVisible();
        browser.screenshot("preference-centre-en");
    }
}
