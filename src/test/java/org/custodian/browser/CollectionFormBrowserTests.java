package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import org.custodian.access.Role;
import org.custodian.audit.AuditLog;
import org.custodian.consent.ConsentLedger;
import org.custodian.contacts.Audience;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.Persons;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FieldChoice;
import org.custodian.notices.FormDefinition;
import org.custodian.notices.FormField;
import org.custodian.notices.FormFixture;
import org.custodian.testing.Mailbox;
import org.custodian.notices.PartnerOffer;
import org.custodian.notices.PrivacyNotices;
import org.custodian.notices.SensitiveQuestion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Léa's steps 1–2 (JOURNEYS.md) and issue 3's "done when", in a real browser: the DPO defines a form; a visitor who
 * ticks nothing becomes a prospect without consent; one who ticks e-mail has a pending consent until she follows the
 * link of the confirmation mail (masked in the outbox, refused from a staff session), and then an active consent
 * whose proof shows the text,
 * the versions, the time, the IP address and the browser.
 */
@BrowserTest
class CollectionFormBrowserTests {

    private static final String PASSWORD = StaffUsers.PASSWORD;

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    AuditLog audit;

    @Test
    @DisplayName("INF-2 PRO-1 a visitor without ticks is a prospect without consent; e-mail consent is pending until "
            + "the mailed link is followed, then active with its proof")
    void visitorDoubleOptIn() {
        FormFixture.openForm(jdbc, notices, forms, List.of());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var dpo = "nadia" + suffix;
        staff.create(dpo, "Nadia Lefèvre", Role.DPO);

        browser.signIn(dpo, PASSWORD);
        var page = browser.open("/notices/forms/new");
        var slug = "lettre-" + suffix;
        page.locator("#slug").fill(slug);
        page.locator("#title").fill("Recevoir la lettre de Maison Lumière");
        page.locator("#introduction").fill("Nos nouveautés et nos ateliers, une fois par mois.");
        // Ticking a purpose redraws the boxes it allows: opinions rest on legitimate interest, so objection only.
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Gestion des avis")).check();
        var opinions = page.locator("[id='box-OPINIONS.EMAIL']");
        assertThat(opinions.locator("option")).hasText(new String[] {"Pas de case", "Opposition"});
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Gestion des avis")).uncheck();
        assertThat(opinions).hasCount(0);
        page.locator("[id='box-PROSPECTING.EMAIL']").selectOption("CONSENT");
        browser.screenshot("collection-form-editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Formulaire enregistré (version 1)");
        assertThat(page.locator("pre.snippet").first()).containsText("<iframe src=");
        browser.screenshot("collection-form-page");

        // A first visitor ticks nothing.
        var first = "lea." + suffix + "@example.org";
        page = browser.open("/p/forms/" + slug);
        var box = page.getByLabel(Pattern.compile("J'accepte de recevoir de .* par e-mail"));
        assertThat(box).not().isChecked();
        assertThat(page.locator(".first-level-notice")).containsText("base légale");
        assertThat(page.locator(".first-level-notice").getByRole(AriaRole.LINK)).hasAttribute("href",
                Pattern.compile("/p/privacy\\?lang=fr&version=\\d+"));
        browser.screenshot("collection-form-public");
        page.locator("input[name=lastName]").fill("Morel");
        page.locator("input[name=email]").fill(first);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Merci"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasCount(0);
        audit.flush();
        var prospect = persons.findByEmail(first, "browser-test").orElseThrow();
        assertThat(ledger.current(prospect.id().value())).isEmpty();

        // A second visitor ticks e-mail consent.
        var second = "louise." + suffix + "@example.org";
        page = browser.open("/p/forms/" + slug);
        page.locator("input[name=lastName]").fill("Bernard");
        page.locator("input[name=email]").fill(second);
        page.getByLabel(Pattern.compile("J'accepte de recevoir de .* par e-mail")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("confirmez votre choix");
        browser.screenshot("collection-form-thanks");

        // The DPO finds the person: the consent waits for its confirmation.
        var person = persons.findByEmail(second, "browser-test").orElseThrow();
        page = browser.open("/persons/" + person.id());
        assertThat(page.locator("table.consent-states")).containsText("En attente de confirmation");

        // The DPO reads the confirmation mail in the outbox, its link's token masked: it is the person's key.
        page = browser.open("/mail/outbox?q=" + second);
        page.locator("table a").first().click();
        assertThat(page.locator("pre.mail-body")).containsText("/p/consents/confirm/••••••");
        browser.screenshot("outbox-masked-link");

        // The link as the person receives it; opened in a browser signed in to Custodian, it confirms nothing.
        var link = "/p/consents/confirm/" + Mailbox.confirmationToken(jdbc, second);
        page = browser.open(link);
        assertThat(page.getByRole(AriaRole.HEADING).first()).containsText("session Custodian");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je confirme"))).hasCount(0);
        browser.screenshot("confirmation-refused-staff-session");

        // Signed out, the same link leads to a page whose button confirms.
        page = browser.open("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
        page = browser.open(link);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je confirme")).click();
        assertThat(page.getByRole(AriaRole.HEADING).first()).containsText("confirmé");
        browser.signIn(dpo, PASSWORD);

        // Active, with the proof.
        page = browser.open("/persons/" + person.id());
        var panel = page.locator("#consent-panel");
        assertThat(panel.locator("table.consent-states")).containsText("Actif");
        var proof = panel.locator("table.consent-history");
        assertThat(proof).containsText("J'accepte de recevoir de");
        // The form by the title its visitors saw, with its version (issue 8 §2), not by its address.
        assertThat(proof).containsText("« Recevoir la lettre de Maison Lumière » (version 1)");
        assertThat(proof).containsText("Adresse IP");
        assertThat(proof).containsText("Version de la notice");
        assertThat(proof).containsText("HeadlessChrome");
        assertThat(proof).containsText("Confirmation");
        browser.screenshot("collection-form-proof");
    }

    @Test
    @DisplayName("INF-2 the form works inside a frame of an allowed site, is refused in any other site's frame, and "
            + "its plain HTML copy posts from another site with that site kept as the source")
    void embeddedInTheShop() throws Exception {
        var app = browser.url("");
        try (var shop = new ShopSite(); var stranger = new ShopSite()) {
            var slug = FormFixture.openForm(jdbc, notices, forms, List.of(shop.origin()));
            var frame = "<!DOCTYPE html><html lang=\"fr\"><head><title>Boutique</title></head><body><h1>Boutique</h1>"
                    + "<iframe src=\"" + app + "/p/forms/" + slug + "\" title=\"Formulaire\" width=\"100%\" "
                    + "height=\"900\"></iframe></body></html>";
            shop.serve(frame);
            stranger.serve(frame);

            var page = browser.page();
            page.navigate(shop.origin() + "/");
            var form = page.frameLocator("iframe");
            var email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            form.locator("input[name=lastName]").fill("Moreau");
            form.locator("input[name=email]").fill(email);
            form.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions()
                    .setName("Envoyer")).click();
            assertThat(form.getByRole(AriaRole.HEADING, new FrameLocator.GetByRoleOptions()
                    .setName("Merci"))).isVisible();
            browser.screenshot("collection-form-embedded");
            audit.flush();
            assertThat(persons.findByEmail(email, "browser-test")).isPresent();

            page.navigate(stranger.origin() + "/");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Boutique"))).isVisible();
            assertThat(page.frameLocator("iframe").locator("input[name=email]")).hasCount(0);

            var copy = "lucie." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            shop.serve("<!DOCTYPE html><html lang=\"fr\"><head><title>Lettre</title></head><body>"
                    + "<form method=\"post\" action=\"" + app + "/p/forms/" + slug + "\">"
                    + "<input type=\"hidden\" name=\"formVersion\" value=\"1\">"
                    + "<label>Nom <input name=\"lastName\"></label><label>E-mail <input name=\"email\"></label>"
                    + "<label><input type=\"checkbox\" name=\"consent\" value=\"PROSPECTING:SMS\"> SMS</label>"
                    + "<input name=\"phone\" value=\"06 11 22 33 44\" type=\"hidden\">"
                    + "<button>Envoyer</button></form></body></html>");
            page.navigate(shop.origin() + "/");
            page.getByLabel("Nom").fill("Petit");
            page.getByLabel("E-mail").fill(copy);
            page.getByLabel("SMS").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Merci"))).isVisible();
            audit.flush();
            var person = persons.findByEmail(copy, "browser-test").orElseThrow();
            assertThat(ledger.history(person.id().value())).singleElement()
                    .satisfies(record -> assertThat(record.source()).isEqualTo("/p/forms/" + slug + " ← "
                            + shop.origin()));
        }
    }

    @Test
    @DisplayName("CON-4 a sensitive answer without its consent box is refused with what to do; with the box it is kept")
    void sensitiveQuestion() {
        FormFixture.openForm(jdbc, notices, forms, List.of());
        var slug = "commande-" + UUID.randomUUID().toString().substring(0, 8);
        // 000 §5: the DPO opted contract management into sensitive data, for goods that imply it.
        jdbc.sql("""
                        INSERT INTO register_activity_category (activity_code, category_code, note_fr, note_en)
                        SELECT 'CONTRACT_MANAGEMENT', 'SENSITIVE', 'Plats préparés : allergies', 'Ready meals: allergies'
                        WHERE NOT EXISTS (SELECT 1 FROM register_activity_category
                            WHERE activity_code = 'CONTRACT_MANAGEMENT' AND category_code = 'SENSITIVE')""")
                .update();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("dpo", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_DPO")));
        try {
            forms.create(slug, new FormDefinition("Préparer votre commande", null, "fr", Audience.CONSUMER,
                    List.of("CONTRACT_MANAGEMENT"), List.of(new FieldChoice(FormField.LAST_NAME, true),
                            new FieldChoice(FormField.EMAIL, true)), List.of(), PartnerOffer.NONE, null, List.of(),
                    List.of(new SensitiveQuestion(SensitiveCategory.HEALTH, "Allergies alimentaires",
                            "J'accepte que Maison Lumière garde mes allergies pour préparer mes commandes."))));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        var email = "hugo." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var page = browser.open("/p/forms/" + slug);
        page.locator("input[name=lastName]").fill("Lambert");
        page.locator("input[name=email]").fill(email);
        page.getByLabel("Allergies alimentaires (facultatif)").fill("arachide");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("pas été enregistré");
        assertThat(page.locator(".collection-sensitive").getByText("cochez la case de consentement")).isVisible();
        assertThat(page.getByLabel("Allergies alimentaires (facultatif)")).hasValue("arachide");
        browser.screenshot("collection-form-sensitive-refused");

        page.getByLabel(Pattern.compile("J'accepte que Maison Lumière garde mes allergies")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Merci"))).isVisible();
        audit.flush();
        assertThat(persons.findByEmail(email, "browser-test")).isPresent();
        jdbc.sql("DELETE FROM register_activity_category WHERE activity_code = 'CONTRACT_MANAGEMENT' "
                + "AND category_code = 'SENSITIVE' AND note_fr = 'Plats préparés : allergies'").update();
    }

    /** Another site, on its own port and so its own origin, serving one page. */
    private static final class ShopSite implements AutoCloseable {

        private final HttpServer server;
        private volatile String html = "";

        ShopSite() throws IOException {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                var body = html.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        String origin() {
            return "http://localhost:" + server.getAddress().getPort();
        }

        void serve(String page) {
            html = page;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
