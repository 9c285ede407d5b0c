package org.custodian.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.custodian.audit.AuditLog;
import org.custodian.register.ProcessingRegister;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NoticesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    ProcessingRegister register;
    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(username = "dpo-api", roles = "DPO")
    @DisplayName("INF-1 the API refuses to publish without a DPO contact: 409 listing what is missing")
    void publishRefusedWithoutDpo() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, false)) {
            var before = notices.current().map(PublishedNotice::version).orElse(0);

            mvc.perform(post("/api/v1/notices/publish"))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.missing[*].code", hasItem("DPO_CONTACT")))
                    .andExpect(jsonPath("$.missing[0].fixAt").value("/organisation"));

            assertThat(notices.current().map(PublishedNotice::version).orElse(0)).isEqualTo(before);
        }
    }

    @Test
    @WithMockUser(username = "dpo-api", roles = "DPO")
    @DisplayName("INF-1 the API publishes a complete notice as the next version and the audit log records it")
    void publishesNextVersion() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            var before = notices.current().map(PublishedNotice::version).orElse(0);

            mvc.perform(post("/api/v1/notices/publish"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(before + 1))
                    .andExpect(jsonPath("$.publishedBy").value("dpo-api"))
                    .andExpect(jsonPath("$.hash").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));

            audit.flush();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_type = 'notice_version' "
                            + "AND resource_id = ? AND action = 'UPDATE' AND actor = 'dpo-api'")
                    .param(String.valueOf(before + 1)).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("INF-1 the notice generated from the preloaded register states every purpose with basis, "
            + "recipients and retention, every right and the CNIL")
    void generatedNoticeHasEveryArticle13Element() {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            var notice = notices.preview(Locale.FRENCH);

            assertThat(notice.controller().name()).isEqualTo(fixture.controllerName());
            assertThat(notice.dpo().email()).isEqualTo("dpo@maison-lumiere.example");
            assertThat(notice.rights().email()).isEqualTo("droits@maison-lumiere.example");
            assertThat(notice.purposes()).extracting(NoticeDocument.Purpose::code)
                    .containsAll(register.activities().stream().filter(a -> a.information().publicNotice())
                            .filter(a -> a.information().requiresRecipient() == null).map(a -> a.code()).toList())
                    .doesNotContain("STAFF_ACCESS_LOG");
            assertThat(notice.purposes()).allSatisfy(purpose -> {
                assertThat(purpose.bases()).isNotEmpty();
                assertThat(purpose.recipients()).isNotEmpty();
                assertThat(purpose.retention()).isNotEmpty().noneMatch(rule -> rule.contains("fixer"));
            });
            assertThat(notice.rights().list()).extracting(NoticeDocument.Right::code)
                    .containsExactly("ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "PORTABILITY", "OBJECTION",
                            "OBJECTION_PROSPECTING", "WITHDRAW_CONSENT");
            assertThat(notice.complaint()).contains("CNIL").contains("www.cnil.fr");
            assertThat(notices.missing()).isEmpty();
        }
    }

    @Test
    @DisplayName("INF-3 /p/privacy.json serves the notice in force, machine-readable, in the requested language")
    void publicJson() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            var published = publishAsDpo();

            mvc.perform(get("/p/privacy.json").param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(published.version()))
                    .andExpect(jsonPath("$.hash").value(published.hash()))
                    .andExpect(jsonPath("$.notice.language").value("en"))
                    .andExpect(jsonPath("$.notice.controller.name").value(fixture.controllerName()))
                    .andExpect(jsonPath("$.notice.dpo.email").value("dpo@maison-lumiere.example"))
                    .andExpect(jsonPath("$.notice.purposes[?(@.code == 'PROSPECTING')].bases[*].basis",
                            hasItem("LEGITIMATE_INTEREST")))
                    .andExpect(jsonPath("$.notice.rights.list[*].code", hasItem("OBJECTION_PROSPECTING")))
                    .andExpect(jsonPath("$.notice.complaint", containsString("www.cnil.fr")))
                    .andExpect(jsonPath("$.notice.partners").isArray())
                    .andExpect(jsonPath("$.notice.transfers").isArray());
        }
    }

    @Test
    @DisplayName("INF-1 /p/privacy shows the notice in force in the visitor's language, without a cookie")
    void publicPage() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            publishAsDpo();

            mvc.perform(get("/p/privacy").header("Accept-Language", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(fixture.controllerName())))
                    .andExpect(content().string(containsString("Data protection officer")))
                    .andExpect(content().string(containsString("Right to data portability")))
                    .andExpect(content().string(containsString("www.cnil.fr")))
                    .andExpect(result -> assertThat(result.getResponse().getHeader("Set-Cookie")).isNull());
        }
    }

    @Test
    @DisplayName("INF-3 /p/legal names the publisher, its registration, the publication director and the host, as "
            + "published with the notice")
    void legalMentions() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            var host = "OVH SAS " + fixture.controllerName();
            notices.updateSite("Jeanne Martin", host);
            publishAsDpo();
            notices.updateSite(null, null);

            mvc.perform(get("/p/legal"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(fixture.controllerName())))
                    .andExpect(content().string(containsString("732829320")))
                    .andExpect(content().string(containsString("Jeanne Martin")))
                    .andExpect(content().string(containsString(host)))
                    .andExpect(content().string(containsString("/p/privacy")))
                    .andExpect(content().string(not(containsString("non renseigné"))));
        }
    }

    @Test
    @WithMockUser(username = "dpo-api", roles = "DPO")
    @DisplayName("INF-3 the notice, and with it /p/legal, is not published without a publication director and a host")
    void legalMentionsRequiredToPublish() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            notices.updateSite(" ", null);

            mvc.perform(post("/api/v1/notices/publish"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.missing[*].code", hasItem("PUBLICATION_DIRECTOR")))
                    .andExpect(jsonPath("$.missing[*].code", hasItem("HOSTING_PROVIDER")));
        }
    }

    @Test
    @DisplayName("INF-1 the notices screen lists the missing DPO contact with a link to the organisation settings")
    void screenListsWhatIsMissing() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, false)) {
            mvc.perform(get("/notices").with(user("dpo").roles("DPO")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("délégué à la protection des données")))
                    .andExpect(content().string(containsString("href=\"/organisation\"")))
                    .andExpect(content().string(containsString("Publier la notice")));
        }
    }

    @Test
    @DisplayName("INF-1 an administrator reads the notices screen but has no publish button")
    void adminReadsOnly() throws Exception {
        mvc.perform(get("/notices").with(user("admin-reader").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Publier la notice"))));
    }

    @Test
    @DisplayName("INF-1 publishing from the screen without a DPO contact is refused and says why")
    void screenPublishRefused() throws Exception {
        try (var fixture = NoticeFixture.prepare(jdbc, false)) {
            var before = notices.current().map(PublishedNotice::version).orElse(0);

            mvc.perform(post("/notices/publish").with(user("dpo").roles("DPO")).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(result -> assertThat(result.getFlashMap().get("refused")).isEqualTo(true));

            assertThat(notices.current().map(PublishedNotice::version).orElse(0)).isEqualTo(before);
        }
    }

    private PublishedNotice publishAsDpo() throws Exception {
        mvc.perform(post("/api/v1/notices/publish").with(user("dpo").roles("DPO"))).andExpect(status().isOk());
        return notices.current().orElseThrow();
    }
}
