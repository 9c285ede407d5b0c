package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.custodian.access.Role;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.prospecting.SuppressionList;
import org.custodian.shared.PersonId;
import org.custodian.testing.DeliveryReports;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 9, "Done when": a campaign run end to end in a real browser by a MARKETING user against a real SMTP server
 * (GreenMail), NESTOR replayed (seed 003). Consumers confirm their consent from the mail GreenMail received; a list of
 * professionals whose jobs have nothing to do with the campaign and consumers who never consented are in the
 * audience too. Hugo defines the campaign, writes its message, reads the preview chart, sends it and watches the
 * progress bar; then GreenMail holds exactly one message per eligible person, each with its RFC 8058 headers, and
 * none for NESTOR's persons; the one-click POST of a received message's {@code List-Unsubscribe} link puts its
 * recipient on the suppression list; a delivery report that one message bounced, left in the bounce mailbox (IMAP),
 * shows in the results.
 *
 * <p>A context of its own: an SMTP server and a bounce mailbox read every 2 seconds, and a sending slowed to one person per batch and one message per second
 * so that the screenshot catches the bar on its way.
 */
@BrowserTest
@TestPropertySource(properties = {"custodian.campaigns.batch-size=1", "custodian.campaigns.messages-per-second=1"})
class CampaignEndToEndBrowserTests {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
            ServerSetupTest.IMAP.dynamicPort()});
    private static final GreenMailUser BOUNCES;
    private static final Pattern CONFIRMATION = Pattern.compile("(/p/consents/confirm/[A-Za-z0-9_-]+)");
    private static final String PROGRESS = "#campaign-progress progress";

    // Left running to the end of the run: the context, cached, keeps reading the bounce mailbox.
    static {
        SMTP.start();
        BOUNCES = SMTP.setUser("bounces@maison-lumiere.example", "bounces", "bounces-secret-2026");
    }

    @RegisterExtension
    static Browser browser = new Browser();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("custodian.mail.bounces.host", () -> "127.0.0.1");
        registry.add("custodian.mail.bounces.port", () -> SMTP.getImap().getPort());
        registry.add("custodian.mail.bounces.protocol", () -> "imap");
        registry.add("custodian.mail.bounces.username", () -> "bounces");
        registry.add("custodian.mail.bounces.password", () -> "bounces-secret-2026");
        registry.add("custodian.mail.bounces.poll-interval", () -> "PT2S");
    }

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;
    @Autowired
    Purchases purchases;
    @Autowired
    ProductFamilies families;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    Clock clock;

    /** A postcode no French address has (none starts with 00) and no other test uses: the campaign's audience. */
    private final String postcode = "00" + (100 + ThreadLocalRandom.current().nextInt(900));
    private final String marker = UUID.randomUUID().toString().substring(0, 6);

    private PersonId person(PersonType type, Audience audience, String lastName, String email, String jobTitle,
            String sector) {
        return persons.create(new PersonData(type, audience, null, lastName, "Camille", email, null, null,
                "3 rue des Lilas, " + postcode + " Essai", audience == Audience.PROFESSIONAL ? "Société Exemple" : null,
                jobTitle, null, null, null, sector, false)).id();
    }

    private String address(String name) {
        return name + "." + marker + "@example.org";
    }

    @Test
    @DisplayName("PRO-5, PRO-2, PRO-3 a MARKETING user runs a campaign end to end against GreenMail: only the eligible receive it, the one-click link unsubscribes")
    void campaignEndToEnd() throws Exception {
        var family = families.create("PERGOLA_" + marker.toUpperCase(Locale.ROOT), "Pergolas " + marker).code();
        var other = families.create("LITERIE_" + marker.toUpperCase(Locale.ROOT), "Literie " + marker).code();
        var eligible = new ArrayList<String>();
        // Consumers who gave their consent on a form and confirmed it from their mailbox (PRO-2, CONSENT).
        for (var name : List.of("lea", "noe", "ines", "marius")) {
            var email = address(name);
            var id = person(PersonType.PROSPECT, Audience.CONSUMER, "Consentante", email, null, null);
            ledger.submit(new ConsentSubmission(id.value(), ConsentLedger.PROSPECTING, Channel.EMAIL,
                    "J'accepte de recevoir par e-mail les offres de Maison Lumière.", "newsletter", 1, 1,
                    "203.0.113.7", "Mozilla/5.0", "site web", ProofKind.FORM, email, Locale.FRENCH));
            confirmFromMailbox(email);
            eligible.add(email);
        }
        // Professionals whose job the campaign relates to, informed and offered to object when they bought (B2B).
        for (var name : List.of("achats", "acheteur")) {
            var email = name + "." + marker + "@hotel.example";
            var id = person(PersonType.CUSTOMER, Audience.PROFESSIONAL, "Acheteuse", email,
                    name.equals("achats") ? "Responsable des achats" : "Acheteur", "hôtellerie");
            purchases.record(id, new PurchaseData(LocalDate.now(clock).minusMonths(5), other, null, null, true, true,
                    false));
            eligible.add(email);
        }
        // A customer whose address was collected at a sale of the family the campaign promotes: the soft opt-in.
        var customer = address("cliente");
        purchases.record(person(PersonType.CUSTOMER, Audience.CONSUMER, "Cliente", customer, null, null),
                new PurchaseData(LocalDate.now(clock).minusMonths(2), family, null, null, true, true, false));
        eligible.add(customer);
        // NESTOR: professionals scraped from a network whose jobs are unrelated, consumers who never consented, and a
        // customer of another family only.
        var nestor = new ArrayList<String>();
        for (var job : List.of("Développeur", "Infirmière", "Professeur des écoles")) {
            var email = "reseau." + nestor.size() + "." + marker + "@startup.example";
            person(PersonType.PROSPECT, Audience.PROFESSIONAL, "Contact", email, job, null);
            nestor.add(email);
        }
        for (var name : List.of("sansaccord", "jamais")) {
            var email = address(name);
            person(PersonType.PROSPECT, Audience.CONSUMER, "Sansaccord", email, null, null);
            nestor.add(email);
        }
        var otherFamily = address("literie");
        purchases.record(person(PersonType.CUSTOMER, Audience.CONSUMER, "Dormeur", otherFamily, null, null),
                new PurchaseData(LocalDate.now(clock).minusMonths(2), other, null, null, true, true, false));
        nestor.add(otherFamily);

        var hugo = staff.create("hugo-e2e-" + marker, "Hugo Marchand", Role.MARKETING);
        browser.signIn(hugo, StaffUsers.PASSWORD);
        var page = browser.page();
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Campagnes")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle campagne")).click();
        page.locator("#name").fill("Pergolas d'été " + marker);
        page.locator("#productFamily").selectOption(family);
        page.locator("#professions").fill("achats\nacheteur");
        page.locator("input[name=types][value=CUSTOMER]").check();
        page.locator("input[name=types][value=PROSPECT]").check();
        page.locator("input[name=audiences][value=CONSUMER]").check();
        page.locator("input[name=audiences][value=PROFESSIONAL]").check();
        page.locator("#postcodes").fill(postcode);
        page.locator("#senderName").fill("Maison Lumière");
        page.locator("#senderAddress").fill("offres@maison-lumiere.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la campagne")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Message de la campagne");
        page.locator("#subject").fill("{{prenom}}, l'été sous la pergola");
        page.locator("#html").fill("<p>Bonjour {{prenom}},</p><p>Nos pergolas arrivent.</p>"
                + "<p><a href=\"{{desinscription}}\">Se désinscrire</a></p>");
        page.locator("#text").fill("Bonjour {{prenom}},\nNos pergolas arrivent.\nSe désinscrire : {{desinscription}}");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le message")).click();

        // The preview: who is in and who is out, and why, as a chart.
        assertThat(page.locator("figure.campaign-chart")).isVisible();
        assertThat(page.locator("#bar-eligible .bar-value")).hasText(String.valueOf(eligible.size()));
        assertThat(page.locator("figure.campaign-chart")).containsText("Exclues : lien avec le métier du professionnel");
        assertThat(page.locator("figure.campaign-chart")).containsText("Exclues : consentement préalable");
        assertThat(page.locator("figure.campaign-chart svg.bar")).not().hasCount(0);
        browser.screenshot("campaign-e2e-preview");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Envoi et résultats")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer maintenant")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).isVisible();
        // The progress fragment reloads itself every 2 seconds; one message a second leaves room to catch it midway.
        page.waitForFunction("selector => { const bar = document.querySelector(selector);"
                + " return bar !== null && bar.value >= 20 && bar.value < 100; }", PROGRESS,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        browser.screenshot("campaign-e2e-sending");

        page.waitForFunction("selector => { const bar = document.querySelector(selector);"
                + " return bar !== null && bar.value === 100 && !bar.closest('[hx-get]'); }", PROGRESS,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        page.reload();
        assertThat(page.locator("#campaign-progress")).containsText("Parcours terminé");
        assertThat(page.locator("#result-sent")).hasText(String.valueOf(eligible.size()));
        assertThat(page.locator("#result-excluded")).hasText(String.valueOf(nestor.size()));

        // What the SMTP server received: one message per eligible person, with the one-click headers; none to NESTOR.
        var received = campaignMessages();
        assertThat(received.stream().map(CampaignEndToEndBrowserTests::recipient))
                .containsExactlyInAnyOrderElementsOf(eligible);
        for (var message : received) {
            assertThat(message.getHeader("List-Unsubscribe")).singleElement().asString()
                    .matches("<https?://[^>]+/p/unsubscribe/[A-Za-z0-9_-]{20,}>");
            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        }
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(CampaignEndToEndBrowserTests::recipient))
                .doesNotContainAnyElementsOf(nestor);

        // The recipient's server returns one of them for good (5.1.1): read from the bounce mailbox, in the results.
        var gone = received.stream().filter(m -> recipient(m).equals(address("marius"))).findFirst().orElseThrow();
        BOUNCES.deliver(DeliveryReports.message(DeliveryReports.report(gone.getMessageID(), recipient(gone), "failed",
                "5.1.1")));
        for (var wait = 0; wait < 30 && !page.locator("#result-bounced").textContent().equals("1"); wait++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.locator("#result-bounced")).hasText("1");

        // RFC 8058: the mail client's one-click POST, without cookie or CSRF token, unsubscribes at once.
        var message = received.stream().filter(m -> recipient(m).equals(customer)).findFirst().orElseThrow();
        var link = message.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.url(link.substring(link.indexOf("/p/")))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isLessThan(300);
        assertThat(suppressions.find(customer, null, Channel.EMAIL)).isPresent();

        page.reload();
        assertThat(page.locator("#result-unsubscribed")).hasText("1");
        browser.screenshot("campaign-e2e-results");
    }

    /** The person opens the confirmation link of the mail GreenMail received and confirms, as from their mailbox. */
    private void confirmFromMailbox(String email) throws Exception {
        var mail = receivedBy(email);
        var body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        var link = CONFIRMATION.matcher(body);
        assertThat(link.find()).isTrue();
        var page = browser.open(link.group(1));
        page.getByRole(AriaRole.BUTTON).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
    }

    /** The first message GreenMail received for this address; it leaves right after its transaction commits. */
    private static MimeMessage receivedBy(String email) throws InterruptedException {
        for (var wait = 0; wait < 200; wait++) {
            var mail = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals(email)).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No mail reached " + email);
    }

    /** The campaign's messages: those with the one-click header (the others are the consents' confirmations). */
    private static List<MimeMessage> campaignMessages() throws MessagingException {
        var messages = new ArrayList<MimeMessage>();
        for (var message : SMTP.getReceivedMessages()) {
            if (message.getHeader("List-Unsubscribe-Post") != null) {
                messages.add(message);
            }
        }
        return messages;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
