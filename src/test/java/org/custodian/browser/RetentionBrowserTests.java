package org.custodian.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.custodian.access.Role;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.retention.RetentionSweeps;
import org.custodian.retention.SweepState;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11 in a real browser, "Done when": the DPO reads the forecast, follows a person, runs a sweep and watches its
 * progress bar while it runs, then reads its report per rule; the ARCHIVIST opens the intermediate archive only with a
 * stated reason; the DPO places a legal hold from the person page. No page raises a console error (the strict CSP).
 * <p>
 * On a database of its own, so that the sweeps delete only this class's persons and the forecast lists only them; a
 * batch of one person, so that a sweep of the {@value #LOT} persons seeded for it lasts long enough to be seen running.
 */
@BrowserTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:retention;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "custodian.retention.batch-size=1"})
class RetentionBrowserTests {

    /** Prospects due today seeded only so that the sweep runs for a few seconds, one transaction each. */
    private static final int LOT = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
    RetentionSweeps sweeps;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    private PersonId prospect(String lastName, String firstNames, LocalDate collected) {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, lastName, firstNames,
                (firstNames + "." + lastName).toLowerCase().replaceAll("[^a-z0-9.]", "") + "@example.com", null, null,
                null, null, null, null, null, null, null, false, collected, null)).id();
    }

    /** A customer collected long ago whose last purchase was on {@code boughtOn}, with no contract nor warranty. */
    private PersonId formerCustomer(String lastName, String firstNames, LocalDate boughtOn) {
        var family = families.find("LUMINAIRES").orElseGet(() -> families.create("LUMINAIRES", "Luminaires")).code();
        var person = prospect(lastName, firstNames, boughtOn.minusYears(2));
        purchases.record(person, new PurchaseData(boughtOn, family, null, null, true, true, false));
        return person;
    }

    /** Errors of the console (a CSP violation is one) and uncaught script errors. */
    private List<String> listen() {
        var problems = new ArrayList<String>();
        browser.page().onConsoleMessage(message -> {
            if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
                problems.add(browser.page().url() + ": " + message.text());
            }
        });
        browser.page().onPageError(error -> problems.add(browser.page().url() + ": " + error));
        return problems;
    }

    private void awaitSweepsDone() {
        var deadline = System.nanoTime() + 60_000_000_000L;
        while (sweeps.page(PageRequest.of(0, 50)).content().stream()
                .anyMatch(sweep -> sweep.active())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a sweep still runs after 60 s");
            }
            browser.page().waitForTimeout(200);
        }
    }

    @Test
    @DisplayName("RET-3 the DPO reads the forecast, follows a person, runs a sweep, sees its progress bar while it runs "
            + "and its report per rule once done")
    void forecastThenSweepInProgressThenReport() {
        var dpo = staff.create("ret" + suffix, "Nadia Lefèvre", Role.DPO);
        var today = today();
        prospect("Garnier" + suffix, "Hélène", today.minusYears(3).minusDays(1));
        prospect("Roussel" + suffix, "Théo", today.minusYears(4));
        var soon = prospect("Fontaine" + suffix, "Zoé", today.minusYears(3).plusDays(12));
        formerCustomer("Mercier" + suffix, "Paul", today.minusYears(3).minusDays(20));
        formerCustomer("Chevalier" + suffix, "Alice", today.minusYears(3).minusDays(2));
        prospect("Blanc" + suffix, "Jules", today.minusYears(1));
        var problems = listen();

        browser.signIn(dpo, StaffUsers.PASSWORD);
        var page = browser.open("/retention/forecast?days=30");
        var listed = page.locator("#forecast-persons");
        assertThat(listed).containsText("Garnier" + suffix);
        assertThat(listed).containsText("Mercier" + suffix);
        assertThat(listed).containsText("Fontaine" + suffix);
        assertThat(listed).not().containsText("Blanc" + suffix);
        assertThat(listed.locator("tr", new Locator.LocatorOptions()
                .setHasText("Mercier" + suffix))).containsText("Contrats archivés, le reste supprimé");
        assertThat(listed.locator("tr", new Locator.LocatorOptions()
                .setHasText("Fontaine" + suffix))).containsText(today.plusDays(12).format(DAY));
        assertThat(page.locator("#forecast-rules")).containsText("Archivage intermédiaire");
        browser.screenshot("retention-forecast");

        listed.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("Fontaine" + suffix))).click();
        page.waitForURL("**/persons/" + soon.value());
        assertThat(page.locator("main h1")).containsText(Pattern.compile("Fontaine" + suffix, Pattern.CASE_INSENSITIVE));

        for (var i = 1; i <= LOT; i++) {
            prospect(String.format("Lot%03d%s", i, suffix), "Camille", today.minusYears(3).minusDays(5));
        }
        browser.open("/retention");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer un balayage maintenant")).click();
        page.waitForURL(Pattern.compile(".*/retention/sweeps/[0-9a-f-]{36}$"));
        var progress = page.locator("#sweep-progress");
        page.locator("#sweep-progress h2", new Page.LocatorOptions().setHasText("En cours"))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                        .setTimeout(30_000));
        // The report reloads itself every second: wait until it shows some progress, still under way.
        var percent = Pattern.compile("\\((\\d+) %\\)");
        var deadline = System.nanoTime() + 30_000_000_000L;
        int shown;
        do {
            page.waitForTimeout(150);
            var matcher = percent.matcher(progress.locator(".sweep-progress-line span").textContent());
            shown = matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        } while (shown < 1 && progress.locator("h2").textContent().contains("En cours")
                && System.nanoTime() < deadline);
        assertThat(progress.locator("h2")).hasText("En cours");
        assertThat(progress.locator("progress")).isVisible();
        assertThat(shown).isBetween(1, 99);
        assertThat(Integer.parseInt(progress.locator("progress").getAttribute("value"))).isLessThan(100);
        browser.screenshot("retention-sweep-running");

        assertThat(progress.locator("h2")).hasText("Terminé",
                new LocatorAssertions.HasTextOptions().setTimeout(180_000));
        assertThat(progress.locator(".sweep-progress-line")).containsText("(100 %)");
        var counts = page.locator("#sweep-counts");
        assertThat(row(counts, "Prospects non clients", "Suppression").locator("td.number"))
                .hasText(String.valueOf(LOT + 2));
        assertThat(row(counts, "Gestion des contrats", "Archivage intermédiaire").locator("td.number")).hasText("2");
        assertThat(row(counts, "Prospection commerciale — Clients", "Suppression").locator("td.number")).hasText("2");
        assertThat(page.locator("#sweep-held")).containsText("0 personne");
        browser.screenshot("retention-sweep-done");

        browser.open("/retention");
        assertThat(page.locator("#retention-sweeps")).containsText("Terminé");
        browser.open("/persons/" + soon.value());
        assertThat(page.locator("main h1")).containsText(Pattern.compile("Fontaine" + suffix, Pattern.CASE_INSENSITIVE));
        assertThat(problems).isEmpty();
    }

    /** The row of the report's table whose text holds each of the words. */
    private static Locator row(Locator table, String... words) {
        var row = table.locator("tbody tr");
        for (var word : words) {
            row = row.filter(new Locator.FilterOptions().setHasText(word));
        }
        return row;
    }

    @Test
    @DisplayName("RET-2 the ARCHIVIST is refused the archive without a stated reason, then finds the former customer "
            + "archived by the sweep")
    void archivistReadsTheArchiveWithAReason() {
        var archivist = staff.create("arc" + suffix, "Gabriel Masson", Role.ARCHIVIST);
        formerCustomer("Legrand" + suffix, "Sophie", today().minusYears(3).minusDays(40));
        var problems = listen();
        var asked = sweeps.request();
        awaitSweepsDone();
        assertThat(sweeps.find(asked.id()).state()).isEqualTo(SweepState.DONE);

        browser.signIn(archivist, StaffUsers.PASSWORD);
        var page = browser.open("/retention/archive");
        page.getByLabel("Rechercher dans l’archive").fill("Legrand" + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consulter")).click();
        assertThat(page.locator("#reason-error")).containsText("Indiquez pourquoi vous consultez l’archive");
        assertThat(page.getByLabel("Motif de la consultation")).hasAttribute("aria-invalid", "true");
        browser.screenshot("retention-archive-no-reason");
        assertThat(page.locator("#archived-persons")).hasCount(0);

        page.getByLabel("Motif de la consultation").fill("Litige dossier 2026-114 : réclamation sur une livraison");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consulter")).click();
        var archived = page.locator("#archived-persons");
        assertThat(archived).containsText("Legrand" + suffix);
        assertThat(archived).containsText("Se constituer une preuve");
        browser.screenshot("retention-archive");

        archived.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("Legrand" + suffix))).click();
        assertThat(page.locator("main h1")).containsText("Legrand" + suffix);
        assertThat(page.locator("main")).containsText(today().minusYears(3).minusDays(40).format(DAY));
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("RET-5 RET-2 the DPO places a legal hold on a person of the archive from their archive page; the hold "
            + "says it suspends the end of the archive")
    void dpoHoldsAnArchivedPerson() {
        var dpo = staff.create("arh" + suffix, "Nadia Lefèvre", Role.DPO);
        var customer = formerCustomer("Marchal" + suffix, "Inès", today().minusYears(3).minusDays(40));
        var asked = sweeps.request();
        awaitSweepsDone();
        assertThat(sweeps.find(asked.id()).state()).isEqualTo(SweepState.DONE);
        var problems = listen();

        browser.signIn(dpo, StaffUsers.PASSWORD);
        var page = browser.open("/retention/archive/" + customer.value() + "?reason="
                + "Litige%20garantie%20" + suffix);
        assertThat(page.locator("main h1")).containsText("Marchal" + suffix);
        browser.screenshot("retention-archived-person");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Placer un gel légal")).click();
        assertThat(page.getByLabel("Identifiant de la personne")).hasValue(customer.value().toString());
        page.getByLabel("Motif documenté").fill("Litige sur la garantie " + suffix + " : conserver le contrat");
        page.getByLabel("Date de réexamen").fill(today().plusMonths(6).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Placer le gel")).click();
        assertThat(page.locator("main")).containsText("Gel légal placé.");
        assertThat(page.locator("#legal-hold")).containsText("Une personne de l’archive intermédiaire");
        browser.open("/retention/archive/" + customer.value() + "?reason=" + "Litige%20garantie%20" + suffix);
        assertThat(page.locator("#archive-held")).containsText("suspend la fin de cette archive");
        browser.screenshot("retention-archived-person-held");
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("RET-5 the DPO places a legal hold from the person page's panel and finds it among the legal holds")
    void dpoPlacesALegalHoldFromThePersonPage() {
        var dpo = staff.create("hold" + suffix, "Nadia Lefèvre", Role.DPO);
        var person = prospect("Perrin" + suffix, "Élodie", today().minusYears(3).plusDays(20));
        var problems = listen();
        var reason = "Litige prud'homal " + suffix + " : conserver les échanges jusqu'au jugement";

        browser.signIn(dpo, StaffUsers.PASSWORD);
        var page = browser.open("/persons/" + person.value());
        var panel = page.locator("#legal-hold-panel");
        assertThat(panel.locator("#legal-hold-none")).isVisible();
        panel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Placer un gel légal")).click();
        assertThat(page.getByLabel("Identifiant de la personne")).hasValue(person.value().toString());
        page.getByLabel("Motif documenté").fill(reason);
        page.getByLabel("Date de réexamen").fill(today().plusMonths(6).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Placer le gel")).click();
        assertThat(page.locator("main")).containsText("Gel légal placé.");

        browser.open("/persons/" + person.value());
        assertThat(page.locator("#legal-hold-in-force")).containsText(reason);
        browser.open("/retention/holds");
        var holds = page.locator("#legal-holds");
        assertThat(holds).containsText(Pattern.compile("Perrin" + suffix, Pattern.CASE_INSENSITIVE));
        assertThat(holds).containsText(reason);
        browser.screenshot("legal-holds");

        browser.open("/retention/forecast?days=30");
        assertThat(page.locator("#forecast-persons tr", new Page.LocatorOptions().setHasText("Perrin" + suffix)))
                .containsText("Retenue");
        assertThat(problems).isEmpty();
    }
}
