package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.access.Role;
import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.contacts.ContactKind;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FormFixture;
import org.custodian.notices.PrivacyNotices;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionRequest;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.shared.PersonId;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 10, "Done when" — NESTOR's access request replayed (seed 003: the company answered late, listing categories of
 * data instead of the data). A person with data in every module asks on {@code /p/rights}; the DPO sees the deadline,
 * confirms who the requester is, downloads the package, finds in the JSON and the PDF every record the test created,
 * value by value, and sends the answer, which leaves through the outbox as a link — before the deadline.
 */
@BrowserTest
class NestorAccessRequestBrowserTests {

    private static final Pattern CONFIRM = Pattern.compile("/p/rights/confirm/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Persons persons;
    @Autowired
    Purchases purchases;
    @Autowired
    PersonContacts contacts;
    @Autowired
    ProductFamilies families;
    @Autowired
    SensitiveData sensitiveData;
    @Autowired
    SuppressionList suppression;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    ObjectMapper mapper;

    /** Letters only, so that no value reads as a phone number. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8).chars()
            .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
            .collect(java.util.stream.Collectors.joining());
    private final String lastName = "Nestor" + tag;
    private final String firstNames = "Aurélie" + tag;
    private final String email = "aurelie." + tag + "@example.org";
    private final String address = "3 quai des Célestins " + tag + "\n69002 Lyon";
    private final String note = "Rappeler après 18 h " + tag;
    private final String allergy = "Allergie aux acariens " + tag;
    private final String family = "LITERIE" + tag.substring(0, 4).toUpperCase(Locale.ROOT);
    private final String suppressionReason = "Plus de catalogue papier " + tag;
    private final LocalDate purchasedOn = LocalDate.of(2026, 5, 20);

    @Test
    @DisplayName("DSR-1 DSR-3 DSR-7 NESTOR's access request: asked on /p/rights, every record in the package's JSON and PDF, the answer sent through the outbox before the deadline")
    void accessRequestAnsweredCompletelyAndOnTime() throws Exception {
        var person = personWithDataInEveryModule();

        // The person asks, without an account, and confirms their address.
        var page = browser.open("/p/rights");
        page.getByLabel("Accès à mes données").check();
        page.getByLabel("Votre adresse e-mail").fill(email);
        page.getByLabel("Prénom(s)").fill(firstNames);
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill(lastName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(email);
        var token = Mailbox.bodies(jdbc, email).stream().map(CONFIRM::matcher).filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group(1)).findFirst().orElseThrow();
        browser.open("/p/rights/confirm/" + token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je confirme ma demande")).click();
        assertThat(page.locator("#rights-deadline")).containsText("au plus tard le");

        // The DPO finds it with its deadline and confirms who the requester is.
        var dpo = "dpo" + tag;
        staff.create(dpo, "Nadia Lefèvre", Role.DPO);
        browser.signIn(dpo, StaffUsers.PASSWORD);
        browser.open("/rights");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(lastName.toUpperCase(Locale.ROOT))
                .setExact(false)).first().click();
        var deadline = LocalDate.parse(jdbc.sql("SELECT CAST(deadline AS VARCHAR(10)) FROM rights_request"
                + " WHERE email = ?").param(email).query(String.class).single());
        assertThat(page.locator("main")).containsText(
                deadline.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("C’est cette personne").setExact(false))
                .first().click();
        assertThat(page.locator("#candidates")).containsText("Confirmée");
        browser.screenshot("nestor-request");

        // The package, downloaded as the DPO downloads it: every record, value by value.
        var requestUrl = page.url().replaceAll("#.*$", "");
        var json = page.request().get(requestUrl + "/package?format=json");
        assertThat(json.status()).isEqualTo(200);
        var texts = new ArrayList<String>();
        collect(mapper.readTree(json.body()), texts);
        var created = List.of(person.toString(), lastName, firstNames, email, address, note, allergy, family,
                purchasedOn.toString(), purchasedOn.plusYears(2).toString(), purchasedOn.plusDays(3).toString(),
                FormFixture.EMAIL_TEXT, FormFixture.POST_TEXT, suppressionReason);
        assertThat(texts).containsAll(created);
        var pdf = page.request().get(requestUrl + "/package?format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        var pdfText = pdfText(pdf.body());
        for (var value : List.of(lastName, firstNames, email, address, note, allergy, family, FormFixture.EMAIL_TEXT,
                suppressionReason)) {
            assertThat(pdfText).as("the PDF shows %s", value).contains(compact(value));
        }

        // The answer leaves through the outbox, as a link, before the deadline.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la réponse")).click();
        assertThat(page.locator("main")).containsText("Réponse envoyée");
        browser.screenshot("nestor-answered");
        var answer = jdbc.sql("SELECT text_body FROM mail_message WHERE LOWER(recipient) = LOWER(?)"
                        + " AND text_body LIKE '%/p/rights/answers/%'").param(email).query(String.class).list();
        assertThat(answer).hasSize(1);
        var answeredOn = LocalDate.parse(jdbc.sql("SELECT CAST(CAST(answered_at AS DATE) AS VARCHAR(10))"
                + " FROM rights_request WHERE email = ?").param(email).query(String.class).single());
        assertThat(answeredOn).isBeforeOrEqualTo(deadline);
    }

    /** The person of NESTOR's case, with data in every module: file, form and consents, sale, care, opposition. */
    private PersonId personWithDataInEveryModule() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("camille", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_DPO", "ROLE_SUPPORT", "ROLE_SALES")));
        try {
            var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, lastName,
                    firstNames, email, null, null, address, null, null, null, null, note)).id();
            if (families.find(family).isEmpty()) {
                families.create(family, "Literie " + tag);
            }
            purchases.record(person, new PurchaseData(purchasedOn, family, purchasedOn.plusYears(2), null, true,
                    true, false));
            contacts.record(person, purchasedOn.plusDays(3), ContactKind.CALL);
            sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies", allergy,
                    new SensitiveConsent("J'accepte que mes allergies soient notées " + tag, "comptoir", null, null,
                            "198.51.100.7", "Mozilla/5.0 " + tag, "boutique de Lyon"));
            suppression.add(new SuppressionRequest(email, null, SuppressionChannel.POST, SuppressionSource.STAFF,
                    suppressionReason));
            var slug = FormFixture.openForm(jdbc, notices, forms, List.of());
            var submitted = browser.page().request().post(browser.url("/p/forms/" + slug), RequestOptions.create()
                    .setForm(FormData.create().set("formVersion", "1").set("lastName", lastName)
                            .set("firstNames", firstNames).set("email", email)
                            .set("consent", "PROSPECTING:" + Channel.EMAIL.name())
                            .set("opposition", "PROSPECTING:" + Channel.POST.name())).setMaxRedirects(0));
            assertThat(submitted.status()).isEqualTo(302);
            return person;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static void collect(tools.jackson.databind.JsonNode node, List<String> texts) {
        if (node.isValueNode()) {
            texts.add(node.asString());
        }
        node.values().forEach(child -> collect(child, texts));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return compact(new PDFTextStripper().getText(document));
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
