package org.custodian.rights.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.servlet.ServletContext;

import org.custodian.access.Role;
import org.custodian.browser.Browser;
import org.custodian.browser.BrowserTest;
import org.custodian.browser.StaffUsers;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.IdentityProofs;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequests;
import org.custodian.testing.Mailbox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DSR-2 in a real browser and a real server: the person uploads a proof on the page of the link mailed to the address
 * on file; the upload never touches the server's disk; the DPO sees it on the request, confirms the identity, and the
 * proof is gone from the database.
 */
@BrowserTest
class IdentityBrowserTests {

    private static final String PASSWORD = "Registre-Lumiere-2026!";
    private static final Pattern LINK = Pattern.compile("/p/rights/identity/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    StaffUsers staff;
    @Autowired
    Persons persons;
    @Autowired
    RightsRequests requests;
    @Autowired
    IdentityProofs proofs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServletContext servletContext;
    @Autowired
    MultipartProperties multipart;

    @Test
    @DisplayName("DSR-2 a proof uploaded by the person is never written to the server's disk, and once the DPO confirms the identity it is gone from the database; DSR-1 the home page shows a late request in red")
    void proofUploadedThenDeletedOnConfirmation() throws Exception {
        org.assertj.core.api.Assertions.assertThat(multipart.getFileSizeThreshold().toBytes())
                .isGreaterThan(IdentityProofs.MAX_DOCUMENT_BYTES);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "claire" + suffix;
        staff.create(username, "Claire Delmas", Role.DPO, PASSWORD);
        var onFile = "ondine." + suffix + "@example.org";
        var person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Marchal", "Ondine",
                onFile, null, null, "3 rue des Lilas\n69003 Lyon", null, null, null, null, null)).id();
        var request = requests.create(new NewRightsRequest(RightsKind.ERASURE, RequestChannel.EMAIL,
                requests.today().minusDays(4), "ondine.m." + suffix + "@autre.example.net", "Ondine", "Marchal",
                "69003", null, "Effacez toutes mes données."));
        requests.match(request.id(), person);
        proofs.ask(request.id(), "La demande vient d’une adresse que le fichier ne connaît pas.");
        var token = token(onFile);

        var temp = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        var created = new ArrayList<Path>();
        try (var watcher = FileSystems.getDefault().newWatchService()) {
            temp.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            var page = browser.open("/p/rights/identity/" + token);
            assertThat(page.locator("h1")).containsText("Confirmez votre identité");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("C’est bien moi")))
                    .isVisible();
            page.getByLabel("Justificatif").setInputFiles(new FilePayload("carte-identite.png", "image/png",
                    png()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le justificatif")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("bien été reçu");
            browser.screenshot("rights-identity-public");
            for (var key = watcher.poll(); key != null; key = watcher.poll()) {
                key.pollEvents().forEach(event -> created.add((Path) event.context()));
                key.reset();
            }
        }
        org.assertj.core.api.Assertions.assertThat(created).as("files the upload created in " + temp).isEmpty();
        org.assertj.core.api.Assertions.assertThat(uploads(temp)).as("leftover uploads in " + temp).isEmpty();

        browser.signIn(username, PASSWORD);
        var page = browser.open("/rights/" + request.id());
        var panel = page.locator("#identity-checks");
        assertThat(panel).containsText("La demande vient d’une adresse que le fichier ne connaît pas.");
        assertThat(panel).containsText("Justificatif 1 (PNG");
        browser.screenshot("rights-identity-panel");
        org.assertj.core.api.Assertions.assertThat(documents(request.id())).isEqualTo(1);

        panel.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Identité confirmée")).click();
        assertThat(page.locator("#identity-checks")).containsText("sur justificatif");
        assertThat(page.locator("#identity-checks")).not().containsText("Justificatif 1");
        browser.screenshot("rights-identity-confirmed");
        org.assertj.core.api.Assertions.assertThat(documents(request.id())).isZero();
        org.assertj.core.api.Assertions.assertThat(uploads(temp)).isEmpty();

        requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.LETTER,
                requests.today().minusMonths(2), null, "Léon", "Tardif" + suffix, null, null, null));
        var home = browser.open("/");
        var card = home.locator("a.card.card-alert", new Page.LocatorOptions().setHasText("Demandes de droits"));
        assertThat(card.locator(".card-late")).containsText("en retard");
        assertThat(card).hasAttribute("href", "/rights?filter=LATE");
        browser.screenshot("rights-home-card");
    }

    private String token(String address) {
        for (var body : Mailbox.bodies(jdbc, address)) {
            var link = LINK.matcher(body);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("No identity link was mailed to " + address);
    }

    private long documents(UUID requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM rights_identity_document d JOIN rights_identity_check c"
                + " ON c.id = d.check_id WHERE c.request_id = ?").param(requestId).query(Long.class).single();
    }

    private static List<Path> uploads(Path temp) throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** A real 1×1 PNG, 67 bytes. */
    private static byte[] png() {
        return java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
                + "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
