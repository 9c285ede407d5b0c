package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.Persons;
import org.custodian.imports.ImportErrorView;
import org.custodian.imports.ImportJobView;
import org.custodian.imports.Imports;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FormFixture;
import org.custodian.notices.PrivacyNotices;
import org.custodian.shared.PageRequest;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PRO-3 (issue 9 §3): an address on the suppression list that comes back through the import or a public form is
 * taken in, and staff are told, with the date of the opposition, that the person will not be canvassed; the visitor
 * is told nothing. A consent the visitor gives then is recorded as usual, and lifts the opposition for its channel.
 */
@IntegrationTest
class SuppressionIntakeIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    SuppressionList list;
    @Autowired
    Imports imports;
    @Autowired
    Persons persons;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private static String address() {
        return "retour." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String suppressed(String email) {
        var entry = list.add(new SuppressionRequest(email, null, SuppressionChannel.ALL, SuppressionSource.STAFF,
                "courrier reçu")).get(0);
        return DAY.format(LocalDate.ofInstant(entry.recordedAt(), ZoneId.of("Europe/Paris")));
    }

    @Test
    @WithMockUser(username = "sam", roles = "SALES")
    @DisplayName("PRO-3 an import stores a person on the list and its report says since when they will not be canvassed")
    void importSaysWhyAPersonIsNotCanvassed() throws Exception {
        var back = address();
        var other = address();
        var since = suppressed(back);

        var job = finished("nom;email\nRevenu;" + back + "\nNouveau;" + other + "\n");

        assertThat(job.imported()).isEqualTo(2);
        assertThat(job.refused()).isZero();
        assertThat(imports.errors(job.id())).singleElement().satisfies(note -> {
            assertThat(note.row()).isEqualTo(2);
            assertThat(note.rule()).isEqualTo(ImportErrorView.SUPPRESSED);
            assertThat(note.refusal()).isFalse();
            assertThat(note.message()).contains("liste d’opposition depuis le " + since)
                    .contains("ne sera pas sollicitée").doesNotContain(back);
        });
        mvc.perform(get("/persons/import/{id}", job.id()).with(user("sam").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Personnes importées qui ne seront pas sollicitées"),
                        Matchers.not(Matchers.containsString("Lignes refusées")))));
    }

    @Test
    @DisplayName("PRO-3 PRO-1 a form tells staff, not the visitor, that the address is on the list; a consent given "
            + "then is recorded and lifts the opposition for its channel")
    void formTellsStaffOnly() throws Exception {
        var slug = FormFixture.openForm(jdbc, notices, forms, List.of("https://boutique.example.fr"));
        var email = address();
        var since = suppressed(email);
        clock.advance(Duration.ofMinutes(1));

        var thanks = mvc.perform(post("/p/forms/{slug}", slug).param("formVersion", "1").param("lastName", "Revenu")
                        .param("email", email).param("phone", "06 12 34 56 78").param("consent", "PROSPECTING:SMS"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(thanks)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("opposition"))));

        var submission = forms.submissions(slug, PageRequest.of(0, null)).content().get(0);
        assertThat(submission.suppressedSince()).isNotNull();
        mvc.perform(get("/notices/forms/{slug}", slug).with(user("dpo").roles("DPO"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("liste d’opposition depuis le " + since)));
        var person = persons.findByEmail(email, "test").orElseThrow().id();
        assertThat(ledger.current(person.value())).filteredOn(state -> state.channel() == Channel.SMS)
                .singleElement().satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE));
        assertThat(list.check(person, email, null, Channel.SMS).blocks()).isFalse();
        assertThat(list.check(person, email, null, Channel.EMAIL).blocks()).isTrue();
    }

    @Test
    @DisplayName("PRO-3 a form submission whose address is not on the list says nothing about it")
    void formWithoutOppositionSaysNothing() throws Exception {
        var slug = FormFixture.openForm(jdbc, notices, forms, List.of("https://boutique.example.fr"));

        mvc.perform(post("/p/forms/{slug}", slug).param("formVersion", "1").param("lastName", "Nouveau")
                .param("email", address())).andExpect(status().is3xxRedirection());

        assertThat(forms.submissions(slug, PageRequest.of(0, null)).content().get(0).suppressedSince()).isNull();
    }

    private ImportJobView finished(String csv) throws InterruptedException {
        var job = imports.submit(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", "test",
                null, null, Locale.FRENCH);
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!job.state().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = imports.get(job.id());
        }
        assertThat(job.failure()).isNull();
        return job;
    }
}
