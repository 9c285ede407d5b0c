package org.custodian.prospecting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.UnsubscribeLinks;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.Mailbox;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PRO-1 (issue 9 §5): the preference centre. Withdrawing is as easy as consenting — one click per consent, or one for
 * everything, each recorded in the ledger with its proof — without an account; the link is mailed on request without
 * telling who is on file; after erasure, only the one-click objection remains.
 */
@IntegrationTest
class PreferenceCentreIntegrationTests {

    private static final Pattern PREFERENCES = Pattern.compile("/p/preferences/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    JdbcClient jdbc;

    private static String address() {
        return "prefs." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private PersonId person(String email) {
        return persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Préférence", "Inès", email,
                null, null, null, null, null, null, null, null)).id();
    }

    private void consent(PersonId person, Channel channel, String text) {
        ledger.submit(new ConsentSubmission(person.value(), ConsentLedger.PROSPECTING, channel, text, "newsletter", 1, 1,
                null, null, "site web", ProofKind.FORM, null, Locale.FRENCH));
    }

    private ConsentStatus stateOf(PersonId person, Channel channel) {
        return ledger.current(person.value()).stream()
                .filter(state -> state.purpose().equals(ConsentLedger.PROSPECTING) && state.channel() == channel)
                .map(state -> state.status()).findFirst().orElse(null);
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/p/"));
    }

    @Test
    @DisplayName("PRO-1 the preference centre shows each consent by purpose and channel, without an account")
    void showsCurrentConsents() throws Exception {
        var email = address();
        var person = person(email);
        consent(person, Channel.SMS, "J'accepte les SMS.");
        var link = path(links.issue(person, email, null).preferences());

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("SMS"),
                        Matchers.containsString("Accepté le"), Matchers.containsString("/withdraw\""),
                        Matchers.not(Matchers.containsString(">PROSPECTING<")))));
    }

    @Test
    @DisplayName("PRO-1 one click withdraws one consent, recorded in the ledger with the link's issue, IP and browser")
    void withdrawsOneConsent() throws Exception {
        var email = address();
        var person = person(email);
        consent(person, Channel.SMS, "J'accepte les SMS.");
        consent(person, Channel.POST, "J'accepte le courrier.");
        var link = path(links.issue(person, email, null).preferences());

        mvc.perform(post(link + "/withdraw").param("purpose", ConsentLedger.PROSPECTING).param("channel", "SMS")
                        .header("User-Agent", "Firefox"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(link + "?done=withdrawn"));

        assertThat(stateOf(person, Channel.SMS)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(stateOf(person, Channel.POST)).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(ledger.history(person.value())).first().satisfies(record -> {
            assertThat(record.source()).startsWith("centre de préférences (émission ");
            assertThat(record.ip()).isEqualTo("127.0.0.1");
            assertThat(record.userAgent()).isEqualTo("Firefox");
        });
        mvc.perform(get(link + "?done=withdrawn")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ce consentement est retiré")));
    }

    @Test
    @DisplayName("PRO-1 a second click on a consent already withdrawn records nothing more")
    void withdrawingTwiceRecordsOnce() throws Exception {
        var email = address();
        var person = person(email);
        consent(person, Channel.SMS, "J'accepte les SMS.");
        var link = path(links.issue(person, email, null).preferences());

        mvc.perform(post(link + "/withdraw").param("purpose", ConsentLedger.PROSPECTING).param("channel", "SMS"));
        mvc.perform(post(link + "/withdraw").param("purpose", ConsentLedger.PROSPECTING).param("channel", "SMS"))
                .andExpect(status().is3xxRedirection());

        assertThat(ledger.history(person.value())).filteredOn(record -> record.event().name().equals("WITHDRAWN"))
                .hasSize(1);
    }

    @Test
    @DisplayName("PRO-1 PRO-3 one click withdraws everything: every consent, an objection on every channel, the list")
    void withdrawsEverything() throws Exception {
        var email = address();
        var person = person(email);
        consent(person, Channel.SMS, "J'accepte les SMS.");
        consent(person, Channel.POST, "J'accepte le courrier.");
        var link = path(links.issue(person, email, null).preferences());

        mvc.perform(post(link + "/withdraw-all")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link + "?done=all"));

        assertThat(ledger.current(person.value())).filteredOn(state -> state.purpose().equals(ConsentLedger.PROSPECTING))
                .extracting(state -> state.status()).containsOnly(ConsentStatus.OBJECTED);
        assertThat(ledger.history(person.value())).filteredOn(record -> record.event().name().equals("WITHDRAWN"))
                .hasSize(2);
        assertThat(suppressions.find(email, null, Channel.PHONE)).get()
                .satisfies(entry -> assertThat(entry.channel()).isEqualTo(SuppressionChannel.ALL));
    }

    @Test
    @DisplayName("PRO-1 a forged preference link is a 404 and withdraws nothing")
    void forgedLinkIsNotFound() throws Exception {
        mvc.perform(get("/p/preferences/{token}", "B".repeat(43))).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("/p/privacy")));
        mvc.perform(post("/p/preferences/{token}/withdraw-all", "B".repeat(43))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PRO-1 DSR-5 after erasure the page says nothing is held and its one click puts the address on the list")
    void afterErasureOffersTheObjection() throws Exception {
        var email = address();
        var person = person(email);
        consent(person, Channel.SMS, "J'accepte les SMS.");
        var link = path(links.issue(person, email, null).preferences());

        persons.delete(person);
        await().atMost(Duration.ofSeconds(30)).until(() -> persons.erasureComplete(person));

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Nous ne conservons plus aucune donnée vous concernant"),
                        Matchers.containsString("/withdraw-all"), Matchers.not(Matchers.containsString("SMS")))));
        mvc.perform(post(link + "/withdraw-all")).andExpect(status().is3xxRedirection());

        assertThat(suppressions.find(email, null, Channel.EMAIL)).isPresent();
    }

    @Test
    @DisplayName("PRO-1 the request form mails a link to an address on file, and answers the same for one that is not")
    void requestFormDoesNotEnumerate() throws Exception {
        var known = address();
        person(known);
        var unknown = address();

        var forKnown = mvc.perform(post("/p/preferences").param("email", known)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var forUnknown = mvc.perform(post("/p/preferences").param("email", unknown)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(forKnown).isEqualTo(forUnknown).contains("Si cette adresse figure dans notre fichier");
        assertThat(Mailbox.bodies(jdbc, unknown)).isEmpty();
        var mailed = PREFERENCES.matcher(Mailbox.bodies(jdbc, known).get(0));
        assertThat(mailed.find()).isTrue();
        mvc.perform(get("/p/preferences/{token}", mailed.group(1))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("PRO-1 one address is mailed at most three links a day, with the same answer beyond")
    void requestFormIsLimitedPerAddress() throws Exception {
        var known = address();
        person(known);

        for (var i = 0; i < 5; i++) {
            mvc.perform(post("/p/preferences").param("email", known)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Si cette adresse figure dans notre fichier")));
        }

        assertThat(Mailbox.bodies(jdbc, known)).hasSize(3);
    }

    @Test
    @DisplayName("PRO-1 the request form refuses what is not an address, tying the error to its field")
    void requestFormRefusesANonAddress() throws Exception {
        mvc.perform(get("/p/preferences")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"email\"")));
        mvc.perform(post("/p/preferences").param("email", "pas une adresse")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("aria-invalid=\"true\""),
                        Matchers.containsString("Indiquez une adresse électronique complète"))));
    }

    @Test
    @DisplayName("PRO-1 the mail that asks to confirm a consent gives the link to the preference centre")
    void confirmationMailGivesThePreferenceCentre() throws Exception {
        var email = address();
        var person = person(email);

        ledger.requestEmailConsent(person.value(), email, ConsentLedger.PROSPECTING, "J'accepte vos e-mails.",
                Locale.FRENCH);

        var mailed = PREFERENCES.matcher(Mailbox.bodies(jdbc, email).get(0));
        assertThat(mailed.find()).isTrue();
        mvc.perform(get("/p/preferences/{token}", mailed.group(1))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("PRO-1 the page that confirms a consent gives the link to the preference centre")
    void confirmedPageGivesThePreferenceCentre() throws Exception {
        var email = address();
        var person = person(email);
        ledger.requestEmailConsent(person.value(), email, ConsentLedger.PROSPECTING, "J'accepte vos e-mails.",
                Locale.FRENCH);
        var token = Mailbox.confirmationToken(jdbc, email);

        var page = mvc.perform(post("/p/consents/confirm/{token}", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        var link = PREFERENCES.matcher(page);
        assertThat(link.find()).isTrue();
        assertThat(page).doesNotContain("en écrivant à l'adresse indiquée");
        mvc.perform(get("/p/preferences/{token}", link.group(1))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("E-mail")));
    }
}
