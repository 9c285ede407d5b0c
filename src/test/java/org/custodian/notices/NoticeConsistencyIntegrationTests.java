package org.custodian.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.custodian.register.Recipients;
import org.custodian.register.RecipientEntries;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The public notice never contradicts itself and is never stale (INF-1, INF-3): recipients as recorded, one chosen
 * basis per case, guidance never published, out-of-date marking, forms showing the notice they were published with.
 */
@IntegrationTest
class NoticeConsistencyIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    Recipients recipients;
    @Autowired
    CollectionForms forms;
    @Autowired
    ObjectMapper json;

    @Test
    @WithMockUser(username = "dpo-consistency", roles = "DPO")
    @DisplayName("INF-1 with no processor or partner recorded, no purpose names processors or partners, as the "
            + "notice's own lists say")
    void unrecordedRecipientsAreNotNamed() {
        try (var fixture = NoticeFixture.prepare(jdbc, true); var none = RecordedRecipients.cleared(jdbc)) {
            var notice = notices.preview(Locale.FRENCH);

            assertThat(notice.processors()).isEmpty();
            assertThat(notice.partners()).isEmpty();
            assertThat(notice.purposes()).flatExtracting(NoticeDocument.Purpose::recipients)
                    .noneMatch(recipient -> recipient.startsWith("Sous-traitants"))
                    .noneMatch(recipient -> recipient.startsWith("Partenaires"));
            assertThat(notice.purposes()).extracting(NoticeDocument.Purpose::code)
                    .contains("PROSPECTING").doesNotContain("PARTNER_TRANSMISSION");
        }
    }

    @Test
    @WithMockUser(username = "dpo-consistency", roles = "DPO")
    @DisplayName("INF-1 a recorded processor is named, exactly, under every purpose that uses processors")
    void recordedProcessorIsNamed() {
        try (var fixture = NoticeFixture.prepare(jdbc, true); var none = RecordedRecipients.cleared(jdbc)) {
            var name = "Routeur " + UUID.randomUUID().toString().substring(0, 8);
            recipients.saveProcessor(null, new RecipientEntries.Processor(name, "Envoi des courriels", null, null, null,
                    "Suppression sous 30 jours"));

            var notice = notices.preview(Locale.FRENCH);

            assertThat(notice.processors()).extracting(NoticeDocument.Processor::name).containsExactly(name);
            assertThat(notice.purposes()).filteredOn(purpose -> purpose.code().equals("CONTRACT_MANAGEMENT"))
                    .singleElement()
                    .satisfies(purpose -> assertThat(purpose.recipients()).contains("Sous-traitants : " + name));
            assertThat(notice.purposes()).flatExtracting(NoticeDocument.Purpose::recipients)
                    .filteredOn(recipient -> recipient.startsWith("Sous-traitants"))
                    .containsOnly("Sous-traitants : " + name);
        }
    }

    @Test
    @WithMockUser(username = "dpo-consistency", roles = "DPO")
    @DisplayName("INF-1 publishing is refused while a legal basis is left to choose, with a link to its row")
    void openBasisRefusesPublication() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            jdbc.sql("UPDATE register_legal_basis SET basis = NULL WHERE activity_code = 'PROSPECTING' AND position = 4")
                    .update();
            var before = notices.current().map(PublishedNotice::version).orElse(0);

            mvc.perform(post("/api/v1/notices/publish"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.missing[*].code", hasItem("BASIS_TO_CHOOSE")))
                    .andExpect(jsonPath("$.missing[*].fixAt", hasItem("/register/activities/PROSPECTING/edit#basis-4")));

            assertThat(notices.current().map(PublishedNotice::version).orElse(0)).isEqualTo(before);
        } finally {
            jdbc.sql("UPDATE register_legal_basis SET basis = 'LEGITIMATE_INTEREST' "
                    + "WHERE activity_code = 'PROSPECTING' AND position = 4 AND options IS NULL").update();
        }
    }

    @Test
    @DisplayName("INF-1 the standard's drafting notes (\"or consent (*)\", \"by analogy\") are never published")
    void guidanceIsNeverPublished() {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            var french = json.writeValueAsString(notices.preview(Locale.FRENCH));
            var english = json.writeValueAsString(notices.preview(Locale.ENGLISH));

            assertThat(french).doesNotContain("(*)", "analogie", "au choix du responsable", "par analogie");
            assertThat(english).doesNotContain("(*)", "analogy", "as the controller chooses");
            assertThat(notices.preview(Locale.FRENCH).purposes()).allSatisfy(purpose -> {
                assertThat(purpose.provision()).isNotBlank();
            });
        }
    }

    @Test
    @DisplayName("INF-1 a change to the organisation or the recipients after publication marks the notice out of date "
            + "on the DPO's screens until it is republished")
    void changeAfterPublicationMarksOutOfDate() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            publishAsDpo();
            assertThat(notices.outOfDate()).isFalse();
            mvc.perform(get("/register").with(user("dpo").roles("DPO")))
                    .andExpect(content().string(not(containsString("notice-out-of-date"))));

            jdbc.sql("UPDATE organisation SET name = ? WHERE id = 1").param(fixture.controllerName() + " SA").update();

            assertThat(notices.outOfDate()).isTrue();
            var version = notices.current().orElseThrow().version();
            mvc.perform(get("/register").with(user("dpo").roles("DPO")))
                    .andExpect(content().string(containsString("id=\"notice-out-of-date\"")))
                    .andExpect(content().string(containsString("La notice publiée (version " + version + ")")));
            mvc.perform(get("/notices").with(user("dpo").roles("DPO")))
                    .andExpect(content().string(containsString("id=\"notice-out-of-date\"")));
            mvc.perform(get("/p/privacy")).andExpect(content().string(not(containsString("notice-out-of-date"))));

            publishAsDpo();
            assertThat(notices.outOfDate()).isFalse();
        }
    }

    @Test
    @WithMockUser(username = "dpo-consistency", roles = "DPO")
    @DisplayName("INF-1 recording a recipient after publication marks the notice out of date")
    void newRecipientMarksOutOfDate() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, true); var none = RecordedRecipients.cleared(jdbc)) {
            publishAsDpo();
            asDpo(() -> recipients.saveProcessor(null, new RecipientEntries.Processor("Hébergeur " + UUID.randomUUID(),
                    "Hébergement", null, null, null, "Restitution puis suppression")));

            assertThat(notices.outOfDate()).isTrue();
        }
    }

    @Test
    @DisplayName("INF-1 a public form shows the first-level notice of the version it was published with, never a "
            + "later one, until it is saved again")
    void formShowsItsOwnNoticeVersion() throws Exception {
        var slug = FormFixture.openForm(jdbc, notices, forms, List.of());
        var formNotice = forms.get(slug).noticeVersion();
        var formController = notices.version(formNotice).orElseThrow().french().controller().name();
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            publishAsDpo();
            var later = notices.current().orElseThrow();
            assertThat(later.version()).isGreaterThan(formNotice);

            mvc.perform(get("/p/forms/" + slug))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(formController)))
                    .andExpect(content().string(not(containsString(fixture.controllerName()))))
                    .andExpect(content().string(containsString("version=" + formNotice)));
            mvc.perform(get("/p/privacy").param("version", String.valueOf(formNotice)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(formController)));

            asDpo(() -> forms.update(slug, forms.get(slug).version(), forms.get(slug).definition()));

            assertThat(forms.get(slug).noticeVersion()).isEqualTo(later.version());
            mvc.perform(get("/p/forms/" + slug))
                    .andExpect(content().string(containsString(fixture.controllerName())));
        }
    }

    private void publishAsDpo() throws Exception {
        mvc.perform(post("/api/v1/notices/publish").with(user("dpo").roles("DPO"))).andExpect(status().isOk());
    }

    private static void asDpo(Runnable action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("dpo-forms",
                "n/a", AuthorityUtils.createAuthorityList("ROLE_DPO")));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Empties the processors and partners of the shared database for one test, and puts them back. */
    private static final class RecordedRecipients implements AutoCloseable {

        private final JdbcClient jdbc;
        private final List<Map<String, Object>> processors;
        private final List<Map<String, Object>> partners;

        private RecordedRecipients(JdbcClient jdbc) {
            this.jdbc = jdbc;
            this.processors = jdbc.sql("SELECT * FROM register_processor").query().listOfRows();
            this.partners = jdbc.sql("SELECT * FROM register_partner").query().listOfRows();
            jdbc.sql("DELETE FROM register_processor").update();
            jdbc.sql("DELETE FROM register_partner").update();
        }

        static RecordedRecipients cleared(JdbcClient jdbc) {
            return new RecordedRecipients(jdbc);
        }

        @Override
        public void close() {
            jdbc.sql("DELETE FROM register_processor").update();
            jdbc.sql("DELETE FROM register_partner").update();
            processors.forEach(row -> jdbc.sql("""
                            INSERT INTO register_processor (id, name, service, contact, clauses, last_audit,
                                return_destruction, updated_at, updated_by)
                            VALUES (:id, :name, :service, :contact, :clauses, :last_audit, :return_destruction,
                                :updated_at, :updated_by)""").params(row).update());
            partners.forEach(row -> jdbc.sql("""
                            INSERT INTO register_partner (id, name, sector, purpose, updated_at, updated_by)
                            VALUES (:id, :name, :sector, :purpose, :updated_at, :updated_by)""").params(row).update());
        }
    }
}
